package com.massageadvisor.staff;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A new password typed the same twice. The mismatch is reported on the confirmation, and
 * only once both fields are otherwise valid: an empty confirmation or a password that
 * breaks the rules has its own message.
 */
@Documented
@Constraint(validatedBy = PasswordsMatch.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PasswordsMatch {

	String message() default "the two passwords are not the same";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link PasswordsMatch}. */
	class Validator implements ConstraintValidator<PasswordsMatch, NewPasswordForm> {

		@Override
		public boolean isValid(@Nullable NewPasswordForm form, ConstraintValidatorContext context) {
			if (form == null || form.getConfirmation().isEmpty() || !LoginProperties.acceptable(form.getPassword())
					|| form.getPassword().equals(form.getConfirmation())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("confirmation")
				.addConstraintViolation();
			return false;
		}

	}

}
