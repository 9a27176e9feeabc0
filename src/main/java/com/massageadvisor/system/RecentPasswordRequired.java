package com.massageadvisor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a staff action (a {@code POST} handler) that needs the password typed again
 * within the last {@link RecentPassword#VALID_FOR five minutes}: creating an
 * administrator, deleting an assessment, making a backup. Without a recent password the
 * action does not run; the confirm-password page is shown instead, and its form posts the
 * same action again with the same fields and the password, so nothing is lost and nothing
 * is replayed by a {@code GET}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RecentPasswordRequired {

	/**
	 * Request parameters that make the action need the password, as {@code name=value};
	 * empty (the default) for always. With several, any one of them is enough.
	 * @return the parameters
	 */
	String[] when() default {};

}
