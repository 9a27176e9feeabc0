package com.massageadvisor.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A text of at most {@link #value()} bytes in UTF-8; null is valid. BCrypt, which hashes
 * staff passwords, refuses a password of more than 72 bytes, and an accented letter or a
 * symbol takes two bytes or more.
 */
@Documented
@Constraint(validatedBy = MaxBytes.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxBytes {

	/**
	 * The most bytes allowed.
	 * @return the limit
	 */
	int value();

	String message() default "must be at most {value} bytes long";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link MaxBytes}. */
	class Validator implements ConstraintValidator<MaxBytes, CharSequence> {

		private int max;

		@Override
		public void initialize(MaxBytes constraint) {
			this.max = constraint.value();
		}

		@Override
		public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
			return value == null || value.toString().getBytes(StandardCharsets.UTF_8).length <= this.max;
		}

	}

}
