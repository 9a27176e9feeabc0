/**
 * Two-factor log-in for staff: time-based one-time codes from an authenticator app (RFC
 * 6238), enrolment with a QR code, single-use recovery codes, and the second log-in step,
 * built on Spring Security's multi-factor authorization.
 */
@NullMarked
package com.massageadvisor.twofactor;

import org.jspecify.annotations.NullMarked;
