package com.massageadvisor.validation;

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
 * The pain level and the pain's duration agree: any pain today (1 or more) is refused
 * together with "I have no back pain at the moment"
 * ({@link Answers#painContradictsDuration(int, PainDuration)}, the one rule both the
 * questionnaire form and the API request apply). The violation is reported on the
 * duration, the answer to change. A duration left out (the API's default) is no answer
 * and contradicts nothing.
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
			boolean consistent = !Answers.painContradictsDuration(answers.painLevelAnswer(),
					answers.painDurationAnswer());
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
