package com.massageadvisor.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * Text a person can read as it is shown: no control characters and no bidi overrides that
 * would turn it round. Null is valid. A failure is reported as {@code Pattern}, so its
 * message is the field's {@code Pattern.*} one.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = PrintableText.ONE_LINE)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PrintableText {

	/** One line: no control character at all. */
	String ONE_LINE = "[^\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]*";

	/**
	 * Lines: no control characters (C0, DEL, C1) but line breaks and tabs. One character
	 * class, so that matching a long text needs no recursion.
	 */
	String LINES = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]*";

	/**
	 * What is allowed: {@link #ONE_LINE} or {@link #LINES}.
	 * @return the pattern
	 */
	@OverridesAttribute(constraint = Pattern.class, name = "regexp")
	String value() default ONE_LINE;

	String message() default "must be printable text";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
