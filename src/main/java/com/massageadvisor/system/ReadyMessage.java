package com.massageadvisor.system;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once the application is ready, which address to open: the configured
 * public URL ({@code app.public-url}) when there is one, the local port otherwise.
 */
@Component
class ReadyMessage {

	private static final Log logger = LogFactory.getLog(ReadyMessage.class);

	private final String publicUrl;

	ReadyMessage(@Value("${app.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			logger.info("Massage Advisor is ready: open " + address(web.getWebServer().getPort()));
		}
	}

	String address(int port) {
		return this.publicUrl.isBlank() ? "http://localhost:" + port + "/" : this.publicUrl;
	}

}
