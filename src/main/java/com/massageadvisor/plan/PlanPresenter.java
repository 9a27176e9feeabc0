package com.massageadvisor.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.massageadvisor.rules.Advice;
import com.massageadvisor.rules.AdviceCode;
import com.massageadvisor.rules.Citation;
import com.massageadvisor.rules.CostEstimate;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.Message;
import com.massageadvisor.rules.Phase;
import com.massageadvisor.rules.PhaseCost;
import com.massageadvisor.rules.PhaseKind;
import com.massageadvisor.rules.Recommendation;
import com.massageadvisor.rules.Schedule;
import com.massageadvisor.rules.Severity;
import com.massageadvisor.rules.Source;
import com.massageadvisor.rules.Warning;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import static com.massageadvisor.plan.RecommendationMessages.rowIds;
import static com.massageadvisor.plan.RecommendationMessages.sourceIds;

/**
 * Turns a recommendation into a {@link PlanView}: every text resolved in the reader's
 * language, the plan in one sentence, and the typical course of the next twelve weeks
 * laid out for a picture. The result page and the printed sheet both use it, so they
 * always say the same.
 */
@Component
public class PlanPresenter {

	/** How far ahead the timeline looks. */
	public static final int TIMELINE_WEEKS = 12;

	private static final int WIDTH = 720;

	private static final int MARGIN = 24;

	/**
	 * The width of the screen's picture of the course: about a phone's, so that its text
	 * keeps its size there.
	 */
	private static final int COURSE_WIDTH = 360;

	private static final int COURSE_MARGIN = 8;

	private static final int LANE_HEIGHT = 52;

	/** The least width of a phase's band, for a phase with a single session in view. */
	private static final double MIN_BAND = 10;

	/** The groups of advice on a person's page, in their order. */
	private static final List<String> ADVICE_GROUPS = List.of("between", "session", "cost");

	/** What a plan that is not advisable still warns of: the STOP, and any CONSULT. */
	private static final Set<Severity> NOT_ADVISABLE_SEVERITIES = EnumSet.of(Severity.STOP, Severity.CONSULT);

	private final RecommendationMessages messages;

	public PlanPresenter(RecommendationMessages messages) {
		this.messages = messages;
	}

	/**
	 * Presents a recommendation, its course over an axis of weeks.
	 * @param plan the recommendation
	 * @param locale the reader's language
	 * @return the view
	 */
	public PlanView present(Recommendation plan, Locale locale) {
		return present(plan, locale, locale, null);
	}

	/**
	 * Presents a recommendation, its course over an axis of dates from a first session.
	 * @param plan the recommendation
	 * @param locale the reader's language, for the texts
	 * @param formatLocale the reader's language and region, for the dates
	 * @param start the day of the first session, or null for an axis of weeks (a plan
	 * that waits for a doctor's go-ahead has no start)
	 * @return the view
	 */
	public PlanView present(Recommendation plan, Locale locale, Locale formatLocale, @Nullable LocalDate start) {
		boolean advisable = plan.massageAdvisable();
		Set<Source> cited = EnumSet.noneOf(Source.class);
		List<PlanView.PhaseItem> phases = new ArrayList<>();
		for (Phase phase : advisable ? plan.phases() : List.<Phase>of()) {
			cite(cited, phase.citation());
			phases.add(new PlanView.PhaseItem(text("phase." + phase.kind(), locale),
					text("phase." + phase.kind() + ".description", locale), every(phase.interval(), locale),
					sessions(phase.sessions(), locale), rowIds(phase.citation()), sourceIds(phase.citation())));
		}
		List<PlanView.WarningItem> warnings = new ArrayList<>();
		for (Warning warning : plan.warnings()) {
			if (!advisable && !NOT_ADVISABLE_SEVERITIES.contains(warning.severity())) {
				// a snapshot of older rules may still hold cautions about booking
				continue;
			}
			cite(cited, warning.citation());
			// a plan that is not advisable says "do not book" once, in its headline: its
			// warnings give their reason
			String message = advisable ? this.messages.estimate(warning.message(), locale)
					: this.messages.reason(warning.message(), locale);
			warnings.add(new PlanView.WarningItem(warning.severity(), text("severity." + warning.severity(), locale),
					message, rowIds(warning.citation()), sourceIds(warning.citation())));
		}
		List<PlanView.AdviceItem> advice = new ArrayList<>();
		for (Advice item : plan.advice()) {
			cite(cited, item.citation());
			advice.add(new PlanView.AdviceItem(item.code().name(), this.messages.estimate(item.message(), locale),
					rowIds(item.citation()), sourceIds(item.citation())));
		}
		List<PlanView.SourceItem> sources;
		if (!advisable) {
			// nothing to book from: no type, length, gap, setting, phases, costs or
			// timeline
			sources = sources(cited, locale);
			return new PlanView(headline(plan, locale), false, plan.clearanceRequired(), urgent(plan), null, null, null,
					null, null, null, List.of(), warnings, advice, List.of(), sources, null, plan.rulesVersion(),
					List.of(), null);
		}
		cite(cited, plan.sessionLength().citation());
		cite(cited, plan.minimumGap().citation());
		sources = sources(cited, locale);
		List<PlanView.CostItem> costs = costs(plan.cost(), locale);
		IntRange minutes = plan.sessionLength().minutes();
		return new PlanView(headline(plan, locale), true, plan.clearanceRequired(), false,
				text("massageType." + plan.recommendedMassageType(), locale), range("plan.minutes", minutes, locale),
				this.messages.text(plan.sessionLength().reason(), locale),
				this.messages.text(Message.of("plan.gap", plan.minimumGap().hours()), locale),
				this.messages.text(plan.minimumGap().reason(), locale), text("setting." + plan.setting(), locale),
				phases, warnings, advice, costs, sources, timeline(plan.phases(), locale), plan.rulesVersion(),
				adviceGroups(advice, !costs.isEmpty(), locale), course(plan.phases(), locale, formatLocale, start));
	}

	/**
	 * The advice of an advisable plan in the groups of a person's page: what to do
	 * between sessions, at the sessions, and what it costs. The monthly cost of each
	 * phase is left out: the cost table in the cost group says it once.
	 */
	private List<PlanView.AdviceGroup> adviceGroups(List<PlanView.AdviceItem> advice, boolean costs, Locale locale) {
		List<PlanView.AdviceGroup> groups = new ArrayList<>();
		for (String group : ADVICE_GROUPS) {
			List<PlanView.AdviceItem> items = advice.stream()
				.filter((item) -> group.equals(adviceGroup(AdviceCode.valueOf(item.code()))))
				.toList();
			// the session group holds the facts of each session, the cost group the table
			if (!items.isEmpty() || "session".equals(group) || ("cost".equals(group) && costs)) {
				groups.add(new PlanView.AdviceGroup(group, text("result.advice." + group, locale), items));
			}
		}
		return groups;
	}

	/** The group of an item of advice, or null for one that is not shown in a group. */
	static @Nullable String adviceGroup(AdviceCode code) {
		return switch (code) {
			case TRACK_AND_ADJUST, LONG_STANDING_PAIN, SELF_CARE, HOME_STRATEGIES, COMPLEMENTARY_CARE,
					GOAL_NOT_FOLLOWED ->
				"between";
			case TYPE_CHANGED, TYPE_SUGGESTED, TYPE_ABOUT, HEAT_COMFORT, SETTING, BOOK_NEXT_SESSION, BUFFER_TIME,
					CHOOSE_THERAPIST, PAIN_DURING_SESSION ->
				"session";
			case COST_PLANNING, WITHIN_BUDGET, OVER_BUDGET, BUDGET_BRIDGE, BUDGET_NEEDS_PRICE -> "cost";
			// the cost table says it; a plan that is not advisable shows its advice in
			// the
			// stop box
			case MONTHLY_COST, SEE_DOCTOR_URGENTLY, SEE_DOCTOR_SOON, SEE_PROFESSIONAL_FIRST, OTHER_CARE_MEANWHILE ->
				null;
		};
	}

	/**
	 * Whether a plan that is not advisable sends the client to a doctor the same day: a
	 * red flag of pressure on the nerves (S10).
	 */
	private static boolean urgent(Recommendation plan) {
		return plan.advice().stream().anyMatch((advice) -> advice.code() == AdviceCode.SEE_DOCTOR_URGENTLY)
				|| plan.warnings()
					.stream()
					.anyMatch((warning) -> warning.redFlag() != null && warning.redFlag().isUrgent());
	}

	private List<PlanView.SourceItem> sources(Set<Source> cited, Locale locale) {
		return cited.stream()
			.map((source) -> new PlanView.SourceItem(source.id(), source.title(),
					text("source." + source.id() + ".publisher", locale)))
			.toList();
	}

	/**
	 * The plan in a few words, for lists: e.g. "every 3 to 5 days, 30 to 60 minutes".
	 * @param plan the recommendation
	 * @param locale the reader's language
	 * @return the summary
	 */
	public String brief(Recommendation plan, Locale locale) {
		return brief(PlanBrief.of(plan), locale);
	}

	/**
	 * The plan in a few words from what is stored beside it, without reading the plan:
	 * the same text as {@link #brief(Recommendation, Locale)}.
	 * @param brief what the summary needs
	 * @param locale the reader's language
	 * @return the summary
	 */
	public String brief(PlanBrief brief, Locale locale) {
		IntRange interval = brief.interval();
		if (!brief.advisable() || interval == null) {
			return text("plan.brief.stop", locale);
		}
		return this.messages.text(
				Message.of("plan.brief", everyMessage(interval), rangeMessage("plan.minutes", brief.sessionMinutes())),
				locale);
	}

	/**
	 * The plan in one sentence, e.g. "Book a 60-minute session of Swedish massage every 5
	 * to 7 days for your first 4 to 8 sessions, then every 2 to 4 weeks to keep the
	 * benefits."
	 */
	String headline(Recommendation plan, Locale locale) {
		if (!plan.massageAdvisable()) {
			return text(urgent(plan) ? "plan.headline.stop.urgent" : "plan.headline.stop", locale);
		}
		StringBuilder sentence = new StringBuilder();
		for (Phase phase : plan.phases()) {
			Message every = everyMessage(phase.interval());
			IntRange count = phase.sessions();
			Message part;
			if (sentence.isEmpty()) {
				Message length = rangeMessage("plan.length", plan.sessionLength().minutes());
				Message type = Message.of("massageType." + plan.recommendedMassageType() + ".phrase");
				String key = (count != null) ? "plan.headline.first.series" : "plan.headline.first.open";
				if (plan.clearanceRequired()) {
					key += ".clearance";
				}
				part = (count != null) ? Message.of(key, length, type, every, rangeMessage("plan.sessions", count))
						: Message.of(key, length, type, every);
			}
			else {
				sentence.append(text("plan.headline.join", locale));
				part = (count != null)
						? Message.of("plan.headline.next.series", every, rangeMessage("plan.sessions", count))
						: Message.of("plan.headline.next.open", every);
			}
			sentence.append(this.messages.text(part, locale));
		}
		sentence.append(text("plan.headline.end", locale));
		return sentence.toString();
	}

	private List<PlanView.CostItem> costs(@Nullable CostEstimate cost, Locale locale) {
		if (cost == null) {
			return List.of();
		}
		List<PlanView.CostItem> items = new ArrayList<>();
		for (PhaseCost phase : cost.phases()) {
			String monthly = sameEstimate(phase.monthlyMin(), phase.monthlyMax())
					? this.messages.estimate(Message.of("plan.cost.monthly.single", phase.monthlyMin()), locale)
					: this.messages.estimate(
							Message.of("plan.cost.monthly.range", phase.monthlyMin(), phase.monthlyMax()), locale);
			PhaseCost.Money total = phase.total();
			String totalText = (total == null) ? "" : sameEstimate(total.min(), total.max())
					? this.messages.estimate(Message.of("plan.cost.total.single", total.min()), locale)
					: this.messages.estimate(Message.of("plan.cost.total.range", total.min(), total.max()), locale);
			items.add(new PlanView.CostItem(text("phase." + phase.phase(), locale), monthly, totalText,
					budget(phase, locale)));
		}
		return items;
	}

	/** Whether two amounts read the same in whole units. */
	private static boolean sameEstimate(BigDecimal min, BigDecimal max) {
		return min.setScale(0, RoundingMode.HALF_UP).compareTo(max.setScale(0, RoundingMode.HALF_UP)) == 0;
	}

	private String budget(PhaseCost phase, Locale locale) {
		if (phase.fit() == null) {
			return "";
		}
		IntRange affordable = phase.affordableInterval();
		if (affordable == null) {
			return text("plan.cost.fit.NONE", locale);
		}
		return this.messages.estimate(Message.of("plan.cost.fit." + phase.fit(), everyMessage(affordable)), locale);
	}

	private PlanView.Timeline timeline(List<Phase> phases, Locale locale) {
		int days = TIMELINE_WEEKS * 7;
		double perDay = (WIDTH - 2.0 * MARGIN) / days;
		List<Schedule.Session> sessions = Schedule.propose(phases, days);
		List<PlanView.Tick> weeks = new ArrayList<>();
		for (int week = 0; week < TIMELINE_WEEKS; week++) {
			weeks.add(new PlanView.Tick(MARGIN + week * 7 * perDay, Integer.toString(week + 1)));
		}
		List<PlanView.Band> bands = new ArrayList<>();
		List<PlanView.Mark> marks = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			Schedule.Session session = sessions.get(i);
			marks.add(new PlanView.Mark(MARGIN + session.day() * perDay));
			if (i == 0 || sessions.get(i - 1).phase() != session.phase()) {
				int end = days;
				for (int j = i + 1; j < sessions.size(); j++) {
					if (sessions.get(j).phase() != session.phase()) {
						end = sessions.get(j).day();
						break;
					}
				}
				bands.add(new PlanView.Band(MARGIN + session.day() * perDay, (end - session.day()) * perDay,
						pattern(session.phase()), text("phase." + session.phase(), locale)));
			}
		}
		String description = this.messages.text(Message.of("plan.timeline.description", sessions.size()), locale);
		return new PlanView.Timeline(WIDTH, 96, description, weeks, bands, marks);
	}

	/**
	 * The same course for a screen: a lane per phase, one under the other, so that every
	 * phase's name has room however short its stretch, over an axis of dates from the
	 * first session (or of weeks without one).
	 */
	private PlanView.Course course(List<Phase> phases, Locale locale, Locale formatLocale, @Nullable LocalDate start) {
		int days = TIMELINE_WEEKS * 7;
		double left = COURSE_MARGIN;
		double right = COURSE_WIDTH - COURSE_MARGIN;
		double perDay = (right - left) / days;
		List<Schedule.Session> sessions = Schedule.propose(phases, days);
		List<PlanView.Lane> lanes = new ArrayList<>();
		for (int i = 0; i < sessions.size(); i++) {
			Schedule.Session first = sessions.get(i);
			if (i > 0 && sessions.get(i - 1).phase() == first.phase()) {
				continue;
			}
			int end = days;
			List<PlanView.Mark> marks = new ArrayList<>();
			for (int j = i; j < sessions.size(); j++) {
				if (sessions.get(j).phase() != first.phase()) {
					end = sessions.get(j).day();
					break;
				}
				marks.add(new PlanView.Mark(left + sessions.get(j).day() * perDay));
			}
			double x = left + first.day() * perDay;
			double width = Math.max(MIN_BAND, (end - first.day()) * perDay);
			// a band in the right half carries its name at its end, so the name stays
			// inside
			boolean atEnd = x > COURSE_WIDTH / 2.0;
			lanes.add(new PlanView.Lane(text("phase." + first.phase(), locale), lanes.size() * LANE_HEIGHT, x, width,
					pattern(first.phase()), atEnd ? x + width : x, atEnd ? "end" : "start", marks));
		}
		int axisY = lanes.size() * LANE_HEIGHT + 8;
		List<Double> weeks = new ArrayList<>();
		for (int week = 0; week <= TIMELINE_WEEKS; week++) {
			weeks.add(left + week * 7 * perDay);
		}
		DateTimeFormatter dayAndMonth = dayAndMonth(formatLocale);
		List<PlanView.DateTick> dates = new ArrayList<>();
		for (int week = 0; week <= TIMELINE_WEEKS; week += 4) {
			String label = (start != null) ? dayAndMonth.format(start.plusWeeks(week))
					: this.messages.format("plan.timeline.after", locale, week);
			String anchor = (week == 0) ? "start" : (week == TIMELINE_WEEKS) ? "end" : "middle";
			dates.add(new PlanView.DateTick(left + week * 7 * perDay, label, anchor));
		}
		return new PlanView.Course(COURSE_WIDTH, axisY + 30, axisY, left, right, lanes, weeks, dates);
	}

	/**
	 * A day and its month in the reader's conventions, without the year: {@code 7 Dec} in
	 * en-GB, {@code Dec 7} in en-US, {@code 7 déc.} in French.
	 */
	static DateTimeFormatter dayAndMonth(Locale locale) {
		String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
				IsoChronology.INSTANCE, locale);
		String withoutYear = pattern.replaceAll("^[^A-Za-z']*y+[^A-Za-z']*|[^A-Za-z']*y+[^A-Za-z']*$", "");
		return DateTimeFormatter.ofPattern(withoutYear, locale);
	}

	private static String pattern(PhaseKind kind) {
		return switch (kind) {
			case INITIAL_SERIES -> "dense";
			case TRANSITION -> "sparse";
			case MAINTENANCE, REGULAR -> "open";
		};
	}

	private String every(IntRange interval, Locale locale) {
		return this.messages.text(everyMessage(interval), locale);
	}

	/** "every 3 to 5 days", or in weeks when the range is in whole weeks. */
	static Message everyMessage(IntRange interval) {
		if (interval.min() % 7 == 0 && interval.max() % 7 == 0) {
			return rangeMessage("plan.every.weeks", new IntRange(interval.min() / 7, interval.max() / 7));
		}
		return rangeMessage("plan.every.days", interval);
	}

	private String sessions(@Nullable IntRange count, Locale locale) {
		return (count != null) ? this.messages.text(rangeMessage("plan.sessions", count), locale)
				: text("plan.sessions.open", locale);
	}

	private String range(String prefix, IntRange range, Locale locale) {
		return this.messages.text(rangeMessage(prefix, range), locale);
	}

	private static Message rangeMessage(String prefix, IntRange range) {
		return range.isSingle() ? Message.of(prefix + ".single", range.min())
				: Message.of(prefix + ".range", range.min(), range.max());
	}

	private String text(String key, Locale locale) {
		return this.messages.text(key, locale);
	}

	private static void cite(Set<Source> cited, Citation citation) {
		cited.addAll(citation.sources());
	}

}
