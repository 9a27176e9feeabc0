/**
 * Bean Validation constraints that the forms of several features share: amounts of money,
 * printable text, a length in bytes. Plain annotations and validators, no Spring.
 */
@NullMarked
package com.massageadvisor.validation;

import org.jspecify.annotations.NullMarked;
