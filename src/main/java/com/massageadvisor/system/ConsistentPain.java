package com.massageadvisor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.massageadvisor.rules.Answers;
import com.massageadvisor.rules.PainDuration;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The pain level and the pain's duration agree: back pain of 3 or more (pain worth
 * treating, {@link Answers#hasBackPain()}) is refused together with "I have no back pain
 * at the moment". The violation is reported on the duration, the answer to change.
 */
@Documented
@Constraint(validatedBy = ConsistentPain.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentPain {

	String message() default "{ConsistentPain}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** What a form or request answered about pain, either of which may be missing. */
	interface Answered {

		@Nullable Integer painLevelAnswer();

		@Nullable PainDuration painDurationAnswer();

	}

	/** Checks {@link ConsistentPain}. */
	class Validator implements ConstraintValidator<ConsistentPain, Answered> {

		/** The field the violation is reported on. */
		static final String FIELD = "painDuration";

		@Override
		public boolean isValid(@Nullable Answered answers, ConstraintValidatorContext context) {
			if (answers == null || answers.painLevelAnswer() == null || answers.painDurationAnswer() == null) {
				return true;
			}
			boolean consistent = answers.painDurationAnswer() != PainDuration.NONE
					|| answers.painLevelAnswer() < Answers.BACK_PAIN_LEVEL;
			if (!consistent) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode(FIELD)
					.addConstraintViolation();
			}
			return consistent;
		}

	}

}
