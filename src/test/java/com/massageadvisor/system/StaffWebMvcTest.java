package com.massageadvisor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A slice test of staff controllers: only the web layer (the controllers named, the
 * shared advice, the templates, the messages) behind the application's own security
 * filters, with the services mocked by the test. What the slices share is here, so that
 * every slice runs with the same set-up and they share one context per controller.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(SecurityConfiguration.class)
public @interface StaffWebMvcTest {

	/**
	 * The controllers under test.
	 * @return the controllers
	 */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value();

}
