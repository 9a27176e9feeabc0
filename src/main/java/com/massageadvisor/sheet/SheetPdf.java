package com.massageadvisor.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the sheet's HTML into a PDF with openhtmltopdf. The HTML is parsed by jsoup
 * (keeping the case of SVG attributes) into a DOM; stylesheets resolve against the
 * application's static files; the text is set in Liberation Sans, shipped with the
 * application (SIL Open Font License), so that accents and the euro sign render the same
 * on any server.
 */
@Component
class SheetPdf {

	static final String FONT_FAMILY = "Liberation Sans";

	static {
		// openhtmltopdf writes to the console by itself ("Using fast-mode renderer.
		// Prepare to fly." for every PDF): hand its records to the application's logging
		// instead, warnings and worse only
		XRLog.setLoggerImpl(new PdfLog());
	}

	private final String baseUri;

	SheetPdf() {
		URL statics = SheetPdf.class.getResource("/static/");
		if (statics == null) {
			throw new IllegalStateException("No static resources on the classpath");
		}
		this.baseUri = statics.toExternalForm();
	}

	byte[] render(String html) {
		Parser parser = Parser.htmlParser().settings(ParseSettings.preserveCase);
		Document document = Jsoup.parse(html, this.baseUri, parser);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(() -> font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(document), this.baseUri);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream font(String name) {
		try {
			return new ClassPathResource("fonts/" + name).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
