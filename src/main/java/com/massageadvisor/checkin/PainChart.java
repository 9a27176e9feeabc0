package com.massageadvisor.checkin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the pain-over-time chart, for the Thymeleaf fragment
 * {@code checkin/result :: chart} to draw as SVG: no script, no library. Pain 0 to 10
 * goes up, days since the start go right; the start is a square, each check-in a circle
 * with its value written beside it, and each session a tick on the band under the axis,
 * spread evenly between the check-ins that report them (their exact days are not asked).
 * Black on white with shapes and numbers, so it reads in black and white; the view box is
 * narrow, so that its text stays readable when the chart shrinks to a phone's width.
 *
 * @param width the view box's width
 * @param height the view box's height
 * @param left the plot's left edge
 * @param right the plot's right edge
 * @param top the plot's top edge
 * @param bottom the plot's bottom edge (pain 0)
 * @param sessionBand the height of the session ticks' band's middle
 * @param line the points of the pain line, as an SVG {@code points} attribute
 * @param points the start and the check-ins
 * @param grid the horizontal lines at even pain levels
 * @param sessions the sessions
 * @param lastDay the days from the start to the last check-in
 */
public record PainChart(int width, int height, int left, int right, int top, int bottom, int sessionBand, String line,
		List<Point> points, List<GridLine> grid, List<String> sessions, long lastDay) {

	static final int WIDTH = 360;

	static final int HEIGHT = 230;

	static final int LEFT = 34;

	static final int RIGHT = 348;

	static final int TOP = 14;

	static final int BOTTOM = 174;

	static final int SESSION_BAND = 196;

	/**
	 * A point of the line.
	 *
	 * @param x its x, formatted for SVG
	 * @param y its y, formatted for SVG
	 * @param pain the pain level
	 * @param date the day
	 * @param day days since the start
	 * @param start whether it is the pain at the start
	 * @param labelY where its value is written
	 * @param boxX the left edge of the start's square
	 * @param boxY the top edge of the start's square
	 */
	public record Point(String x, String y, int pain, LocalDate date, long day, boolean start, String labelY,
			String boxX, String boxY) {
	}

	/**
	 * A horizontal grid line.
	 *
	 * @param y its y
	 * @param pain the pain level it marks
	 */
	public record GridLine(String y, int pain) {
	}

	/**
	 * One measurement.
	 *
	 * @param date the day
	 * @param pain the pain level then
	 * @param sessions the sessions since the measurement before
	 */
	public record Entry(LocalDate date, int pain, int sessions) {
	}

	/**
	 * Lays out the chart.
	 * @param start the day of the assessment
	 * @param startPain the pain at the start
	 * @param entries the check-ins, oldest first
	 * @return the chart
	 */
	public static PainChart of(LocalDate start, int startPain, List<Entry> entries) {
		long lastDay = entries.isEmpty() ? 0
				: Math.max(0, ChronoUnit.DAYS.between(start, entries.get(entries.size() - 1).date()));
		double span = Math.max(lastDay, 7);
		List<Point> points = new ArrayList<>();
		points.add(point(start, 0, startPain, true, span));
		List<String> sessions = new ArrayList<>();
		long previous = 0;
		for (Entry entry : entries) {
			long day = Math.max(previous, ChronoUnit.DAYS.between(start, entry.date()));
			for (int k = 0; k < entry.sessions(); k++) {
				sessions.add(format(x(previous + (day - previous) * (k + 0.5) / entry.sessions(), span)));
			}
			points.add(point(entry.date(), day, entry.pain(), false, span));
			previous = day;
		}
		StringBuilder line = new StringBuilder();
		for (Point point : points) {
			line.append(line.isEmpty() ? "" : " ").append(point.x()).append(',').append(point.y());
		}
		List<GridLine> grid = new ArrayList<>();
		for (int pain = 0; pain <= 10; pain += 2) {
			grid.add(new GridLine(format(y(pain)), pain));
		}
		return new PainChart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, SESSION_BAND, line.toString(), points, grid,
				sessions, lastDay);
	}

	private static Point point(LocalDate date, long day, int pain, boolean start, double span) {
		double y = y(pain);
		// the value above the point, or below it near the top
		double labelY = (pain >= 9) ? y + 16 : y - 8;
		double x = x(day, span);
		return new Point(format(x), format(y), pain, date, day, start, format(labelY), format(x - 5), format(y - 5));
	}

	private static double x(double day, double span) {
		return LEFT + (RIGHT - LEFT) * day / span;
	}

	private static double y(int pain) {
		return BOTTOM - (BOTTOM - TOP) * pain / 10.0;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
