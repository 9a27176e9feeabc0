package com.massageadvisor.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test class that drives the running application in a real browser. Spring starts the
 * application on a random port; {@link BrowserExtension} opens one headless Chromium for
 * the class, hands it to the test methods as a {@link Browser} parameter and quits it
 * after the last test of the class. Every browser test class carries only this
 * annotation, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
