package com.massageadvisor.staff;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from the environment: {@code CLINIC_ADMIN_USERNAME} and
 * {@code CLINIC_ADMIN_PASSWORD} (the properties {@code clinic.admin.username} and
 * {@code clinic.admin.password}).
 *
 * @param username the name to log in with
 * @param password the password, at least 12 characters
 */
@ConfigurationProperties("clinic.admin")
record AdminProperties(@Nullable String username, @Nullable String password) {
}
