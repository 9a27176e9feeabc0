package com.massageadvisor.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;

/**
 * Runs an action marked {@link RecentPasswordRequired} only after a recent password. A
 * request without one either carries the password (the confirm-password page posts it,
 * named {@value #PASSWORD_PARAMETER}, with the action's own fields) and goes on when it
 * is right, or is answered with the confirm-password page ({@link RecentPasswordAdvice}).
 */
class RecentPasswordInterceptor implements HandlerInterceptor {

	/** The field of the confirm-password page that carries the password. */
	static final String PASSWORD_PARAMETER = "recentPassword";

	/** Fields never carried over to the confirm-password page. */
	private static final List<String> NOT_CARRIED = List.of(PASSWORD_PARAMETER, "_csrf");

	private final ObjectProvider<RecentPassword> recentPassword;

	RecentPasswordInterceptor(ObjectProvider<RecentPassword> recentPassword) {
		this.recentPassword = recentPassword;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		RecentPasswordRequired required = method.getMethodAnnotation(RecentPasswordRequired.class);
		if (required == null || !applies(required, request)) {
			return true;
		}
		RecentPassword recent = this.recentPassword.getObject();
		if (recent.isRecent()) {
			return true;
		}
		String password = request.getParameter(PASSWORD_PARAMETER);
		if (password != null && !password.isEmpty() && recent.confirm(password, request, response)) {
			return true;
		}
		throw new RecentPasswordRequiredException(new UrlPathHelper().getPathWithinApplication(request),
				carried(request), password != null);
	}

	private static boolean applies(RecentPasswordRequired required, HttpServletRequest request) {
		if (!HttpMethod.POST.matches(request.getMethod())) {
			return false;
		}
		if (required.when().length == 0) {
			return true;
		}
		for (String condition : required.when()) {
			int equals = condition.indexOf('=');
			String value = request.getParameter(condition.substring(0, equals));
			if (condition.substring(equals + 1).equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static List<RecentPasswordRequiredException.Field> carried(HttpServletRequest request) {
		List<RecentPasswordRequiredException.Field> fields = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (NOT_CARRIED.contains(parameter.getKey())) {
				continue;
			}
			for (String value : parameter.getValue()) {
				fields.add(new RecentPasswordRequiredException.Field(parameter.getKey(), value));
			}
		}
		return fields;
	}

}
