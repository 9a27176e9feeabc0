package com.massageadvisor.plan;

import java.util.List;
import java.util.stream.Stream;

import com.massageadvisor.rules.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation with every text resolved, ready for a page or the printed sheet.
 *
 * @param headline the plan in one sentence
 * @param advisable false when massage is not advisable now
 * @param clearanceRequired whether a professional's go-ahead is needed first
 * @param urgent whether a plan that is not advisable sends the client to a doctor the
 * same day (a red flag of S10)
 * @param massageType the recommended type, or null when not advisable
 * @param sessionLength how long each session lasts, e.g. "60 to 90 minutes"; null when
 * not advisable
 * @param sessionLengthReason why, or null when not advisable
 * @param minimumGap the least time between sessions, e.g. "48 hours"; null when not
 * advisable
 * @param minimumGapReason why, or null when not advisable
 * @param setting where to book, or null when not advisable
 * @param phases the phases, in order; empty when not advisable
 * @param warnings the warnings, most severe first; only STOP and CONSULT ones when not
 * advisable
 * @param advice the advice
 * @param costs the cost of each phase, empty without a session price
 * @param sources every cited article
 * @param timeline the typical course of the next weeks, or null when there is no plan
 * @param rulesVersion the version of the rules that made the plan
 * @param adviceGroups the advice of an advisable plan for a person's page, in groups
 * (between sessions, at the sessions, cost), without what the cost table already says;
 * empty when not advisable
 * @param course the typical course of the next weeks laid out for a screen, a lane per
 * phase over an axis of dates (or weeks), narrow enough for a phone; null when there is
 * no plan
 */
public record PlanView(String headline, boolean advisable, boolean clearanceRequired, boolean urgent,
		@Nullable String massageType, @Nullable String sessionLength, @Nullable String sessionLengthReason,
		@Nullable String minimumGap, @Nullable String minimumGapReason, @Nullable String setting,
		List<PhaseItem> phases, List<WarningItem> warnings, List<AdviceItem> advice, List<CostItem> costs,
		List<SourceItem> sources, @Nullable Timeline timeline, String rulesVersion, List<AdviceGroup> adviceGroups,
		@Nullable Course course) {

	/**
	 * The guideline rows behind the plan's phases, warnings and advice, each once, in
	 * their natural order: the printed sheet's small print.
	 * @return the rows, such as {@code A1}, {@code F3}
	 */
	public List<String> guidelineRows() {
		return Stream
			.of(this.phases.stream().map(PhaseItem::rows), this.warnings.stream().map(WarningItem::rows),
					this.advice.stream().map(AdviceItem::rows))
			.flatMap((rows) -> rows)
			.flatMap(List::stream)
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * A phase.
	 *
	 * @param name its name
	 * @param description what it is for
	 * @param interval e.g. "every 3 to 5 days"
	 * @param sessions e.g. "4 to 8 sessions", or "ongoing"
	 * @param rows the guideline rows behind it
	 * @param sources the source ids
	 */
	public record PhaseItem(String name, String description, String interval, String sessions, List<String> rows,
			List<String> sources) {
	}

	/**
	 * A warning.
	 *
	 * @param severity how serious
	 * @param severityLabel its name for people
	 * @param message what to do
	 * @param rows the guideline rows behind it
	 * @param sources the source ids
	 */
	public record WarningItem(Severity severity, String severityLabel, String message, List<String> rows,
			List<String> sources) {

		public String cssClass() {
			return "severity-" + this.severity.name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * An item of advice.
	 *
	 * @param code the kind of advice
	 * @param message the advice
	 * @param rows the guideline rows behind it
	 * @param sources the source ids
	 */
	public record AdviceItem(String code, String message, List<String> rows, List<String> sources) {
	}

	/**
	 * What a phase costs.
	 *
	 * @param phase the phase's name
	 * @param monthly e.g. "€342.86 to €800.00"
	 * @param total what the whole phase costs, or empty when it is open-ended
	 * @param budget how it compares with the budget, or empty without a budget
	 */
	public record CostItem(String phase, String monthly, String total, String budget) {
	}

	/**
	 * A group of advice, shown on demand.
	 *
	 * @param id {@code between}, {@code session} or {@code cost}
	 * @param heading its name for people
	 * @param items the advice, in the engine's order
	 */
	public record AdviceGroup(String id, String heading, List<AdviceItem> items) {
	}

	/**
	 * A cited article.
	 *
	 * @param id its source id
	 * @param title its title
	 * @param publisher who published it, in the reader's language
	 */
	public record SourceItem(String id, String title, String publisher) {
	}

	/**
	 * The typical course of the coming weeks for a screen: a lane per phase, one under
	 * the other, each with its band and sessions, over an axis of dates. In a view box
	 * narrow enough to fill a phone's width with its text at 13 units.
	 *
	 * @param width the view box's width
	 * @param height its height
	 * @param axisY where the axis is
	 * @param left where the axis starts
	 * @param right where it ends
	 * @param lanes a lane per phase, in order
	 * @param weeks a mark per week along the axis
	 * @param dates the labelled marks: the start and every fourth week
	 */
	public record Course(int width, int height, int axisY, double left, double right, List<Lane> lanes,
			List<Double> weeks, List<DateTick> dates) {
	}

	/**
	 * A phase's lane: its name above its band; the lane is drawn at {@code y} with the
	 * name at 14, the band from 20 to 44 and the sessions on 32.
	 *
	 * @param label the phase's name
	 * @param y where the lane starts
	 * @param x where the band starts
	 * @param width how long it is
	 * @param pattern the fill pattern, so phases differ in black and white
	 * @param labelX where the name is anchored
	 * @param labelAnchor {@code start}, or {@code end} for a band in the right half
	 * @param sessions a mark per session
	 */
	public record Lane(String label, int y, double x, double width, String pattern, double labelX, String labelAnchor,
			List<Mark> sessions) {
	}

	/**
	 * A labelled mark on the axis.
	 *
	 * @param x its position
	 * @param label a date ({@code 7 Dec}) or a number of weeks
	 * @param anchor {@code start}, {@code middle} or {@code end}, so the first and the
	 * last stay inside the picture
	 */
	public record DateTick(double x, String label, String anchor) {
	}

	/**
	 * The typical course of the coming weeks, laid out for an SVG picture.
	 *
	 * @param width the picture's width
	 * @param height its height
	 * @param description the same in words, for screen readers
	 * @param weeks the week marks along the axis
	 * @param bands a band per phase
	 * @param sessions a mark per session
	 */
	public record Timeline(int width, int height, String description, List<Tick> weeks, List<Band> bands,
			List<Mark> sessions) {
	}

	/**
	 * A week mark.
	 *
	 * @param x its position
	 * @param label the week number
	 */
	public record Tick(double x, String label) {
	}

	/**
	 * A phase's stretch of the timeline.
	 *
	 * @param x where it starts
	 * @param width how long it is
	 * @param pattern the fill pattern, so phases differ in black and white
	 * @param label the phase's name
	 */
	public record Band(double x, double width, String pattern, String label) {
	}

	/**
	 * A session on the timeline.
	 *
	 * @param x its position
	 */
	public record Mark(double x) {
	}

}
