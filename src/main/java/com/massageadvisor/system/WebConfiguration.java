package com.massageadvisor.system;

import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.jspecify.annotations.Nullable;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Shared web set-up: the request size limit ahead of every other filter, the clinic
 * settings, the clock, and the language: taken from a {@code lang} cookie set by the
 * language switch ({@code ?lang=fr}), otherwise from the browser's
 * {@code Accept-Language} among the supported languages, otherwise English.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RequestSizeLimitFilter.Limits.class, SubmissionRateLimitFilter.Limits.class,
		LoginRateLimitFilter.Limits.class, ClinicProperties.class })
public class WebConfiguration implements WebMvcConfigurer {

	/** The languages the application is translated into; the first is the default. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

	/**
	 * Thymeleaf writes values into JavaScript with its own serializer, not with Jackson
	 * 2: no template inlines JavaScript (the pages' policy allows no inline script), and
	 * Thymeleaf would otherwise build a Jackson 2 mapper (springdoc brings Jackson 2)
	 * while the first visitor's page waits.
	 */
	@Bean
	static BeanPostProcessor plainJavaScriptSerializer() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.getDialects()
						.stream()
						.filter(StandardDialect.class::isInstance)
						.forEach((dialect) -> ((StandardDialect) dialect)
							.setJavaScriptSerializer(new StandardJavaScriptSerializer(false)));
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestSizeLimitFilter.Limits limits) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(limits));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SubmissionRateLimitFilter> submissionRateLimitFilter(SubmissionRateLimitFilter.Limits limits,
			ObjectProvider<SharedRateLimitConfiguration.SharedBuckets> sharedBuckets) {
		FilterRegistrationBean<SubmissionRateLimitFilter> registration = new FilterRegistrationBean<>(
				new SubmissionRateLimitFilter(limits, sharedStore(sharedBuckets)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * The rate limits' shared store, or none (in memory): also none in the web slice
	 * tests, which have no database.
	 */
	private static @Nullable ProxyManager<String> sharedStore(
			ObjectProvider<SharedRateLimitConfiguration.SharedBuckets> sharedBuckets) {
		SharedRateLimitConfiguration.SharedBuckets buckets = sharedBuckets.getIfAvailable();
		return (buckets != null) ? buckets.store() : null;
	}

	@Bean
	FilterRegistrationBean<LoginRateLimitFilter> loginRateLimitFilter(LoginRateLimitFilter.Limits limits,
			ObjectProvider<SharedRateLimitConfiguration.SharedBuckets> sharedBuckets) {
		FilterRegistrationBean<LoginRateLimitFilter> registration = new FilterRegistrationBean<>(
				new LoginRateLimitFilter(limits, sharedStore(sharedBuckets)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * The error page is where the server forwards an error, not a page to visit: a direct
	 * request for it is answered as a page that does not exist.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> directErrorPageFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws IOException {
						response.sendError(HttpServletResponse.SC_NOT_FOUND);
					}

				});
		registration.addUrlPatterns("/error", "/error/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver cookie = new CookieLocaleResolver("lang");
		// a cookie this application did not write (lang=en_US.UTF-8) falls back to the
		// browser's language instead of failing every page
		cookie.setRejectInvalidCookies(false);
		cookie.setDefaultLocaleFunction((request) -> supported(request.getLocale()));
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(cookie.resolveLocale(request));
			}

			@Override
			public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
					@Nullable Locale locale) {
				cookie.setLocale(request, response, (locale != null) ? supported(locale) : null);
			}

		};
	}

	/**
	 * The supported language closest to the one asked for.
	 * @param requested a locale from a cookie, a parameter or a header
	 * @return one of {@link #LANGUAGES}, English when none matches
	 */
	static Locale supported(Locale requested) {
		for (Locale language : LANGUAGES) {
			if (language.getLanguage().equals(requested.getLanguage())) {
				return language;
			}
		}
		return LANGUAGES.get(0);
	}

	/**
	 * The locale to write dates and numbers in: the language the page is in, with the
	 * region the browser asks for in that language ({@code en-GB} writes
	 * {@code 2 December 2026}), while the texts still come from the English or French
	 * messages.
	 * @param language the page's language, one of {@link #LANGUAGES}
	 * @param request the request, with its {@code Accept-Language}
	 * @return the language with the first region the browser accepts for it, or the
	 * language alone
	 */
	public static Locale formatLocale(Locale language, HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return language;
		}
		for (Locale accepted : Collections.list(request.getLocales())) {
			if (accepted.getLanguage().equals(language.getLanguage()) && !accepted.getCountry().isEmpty()) {
				return new Locale.Builder().setLanguage(language.getLanguage())
					.setRegion(accepted.getCountry())
					.build();
			}
		}
		return language;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * The bodies the application reads and writes: JSON (the API, its problem documents;
	 * Spring Boot registers it with the application's Jackson 3 settings), text (the
	 * calendar, the QR code's SVG, the API description) and bytes (the PDF). Nothing is
	 * detected from the class path: springdoc and Hibernate bring Jackson 2's YAML and
	 * JAXB's XML, which Spring MVC would otherwise offer for every request body, so that
	 * the API read a YAML body with Jackson 2 and none of its strict JSON rules (an
	 * unknown field was accepted); building those converters also cost every start.
	 */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.disableDefaults().addCustomConverter(new ByteArrayHttpMessageConverter());
	}

}
