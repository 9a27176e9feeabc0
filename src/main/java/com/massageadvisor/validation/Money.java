package com.massageadvisor.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * An amount of money: zero to {@link #max()}, in cents at most. Null is valid. Each rule
 * is reported as its own constraint ({@code DecimalMin}, {@code DecimalMax},
 * {@code Digits}), so the field's messages stay those of the rule it breaks.
 */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("0")
@DecimalMax("0")
@Digits(integer = 1, fraction = 2)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {

	/**
	 * The largest amount allowed.
	 * @return the amount, as a decimal
	 */
	@OverridesAttribute(constraint = DecimalMax.class, name = "value")
	String max();

	/**
	 * The digits before the decimal point that {@link #max()} needs.
	 * @return the digits
	 */
	@OverridesAttribute(constraint = Digits.class, name = "integer")
	int digits();

	String message() default "must be an amount of money";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
