/**
 * Clinic staff: accounts stored in the database, log-in with lock-out after repeated
 * failures, the first administrator, and account management.
 */
@NullMarked
package com.massageadvisor.staff;

import org.jspecify.annotations.NullMarked;
