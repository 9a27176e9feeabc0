package com.massageadvisor.sheet;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * openhtmltopdf's records in the application's log, under {@code com.openhtmltopdf},
 * warnings and worse only: its progress notes at INFO for every PDF are noise.
 */
final class PdfLog implements XRLogger {

	private static final Log logger = LogFactory.getLog("com.openhtmltopdf");

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable error) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(message, error);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(message, error);
		}
	}

	@Override
	public void setLevel(String where, Level level) {
		// the application's logging configuration decides
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}

}
