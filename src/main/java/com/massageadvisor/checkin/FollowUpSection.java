package com.massageadvisor.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.massageadvisor.assessment.Assessment;
import com.massageadvisor.assessment.ResultPageSection;
import com.massageadvisor.plan.PlanPresenter;
import com.massageadvisor.plan.RecommendationMessages;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.FollowUpRules;
import com.massageadvisor.rules.IntRange;
import com.massageadvisor.rules.NextStep;
import com.massageadvisor.system.ClinicProperties;
import com.massageadvisor.system.WorkingDays;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The follow-up part of the result page, as the model attribute {@code followUp}: the
 * plan shown is the one the latest check-in stored, its step leads the page, and the
 * history follows it. Nothing is added for a plan that says no massage.
 */
@Component
class FollowUpSection implements ResultPageSection {

	private final CheckIns checkIns;

	private final PlanPresenter presenter;

	private final RecommendationMessages messages;

	private final ClinicProperties clinic;

	private final Clock clock;

	FollowUpSection(CheckIns checkIns, PlanPresenter presenter, RecommendationMessages messages,
			ClinicProperties clinic, Clock clock) {
		this.checkIns = checkIns;
		this.presenter = presenter;
		this.messages = messages;
		this.clinic = clinic;
		this.clock = clock;
	}

	@Override
	public void addTo(Assessment assessment, Locale locale, Model model) {
		// a plan that says no massage has nothing to follow up: every check-in would stop
		if (assessment.isMassageAdvisable()) {
			model.addAttribute("followUp", view(assessment, locale));
		}
	}

	FollowUpView view(Assessment assessment, Locale locale) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.clinic.zone()));
		LocalDate start = LocalDate.ofInstant(assessment.getCreatedAt(), this.clinic.zone());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<CheckInRecord> history = this.checkIns.history(assessment.getPublicId());
		int startPain = assessment.getAnswers().painLevel();
		List<FollowUpView.Row> rows = new ArrayList<>();
		rows.add(new FollowUpView.Row(dates.format(start), startPain, null, null, null, null));
		if (history.isEmpty()) {
			// the first session is proposed for the next working day
			boolean invite = today.isAfter(WorkingDays.after(start));
			return new FollowUpView(invite, null, null, null, null, null, rows, false);
		}
		List<PainChart.Entry> entries = new ArrayList<>();
		List<CheckIn> answers = new ArrayList<>();
		for (CheckInRecord record : history) {
			entries.add(new PainChart.Entry(record.getDate(), record.getPainLevel(), record.getSessionsSinceLast()));
			answers.add(record.toCheckIn());
			rows.add(new FollowUpView.Row(dates.format(record.getDate()), record.getPainLevel(),
					record.getSessionsSinceLast(), record.getReliefDays(),
					this.messages.text("checkIn.change." + record.getChange(), locale),
					this.messages.text("followup.step." + record.getStep(), locale)));
		}
		CheckInRecord latest = history.get(history.size() - 1);
		// the sentence comes from the rules; should they have changed since, the stored
		// step is shown in a few words instead
		NextStep next = FollowUpRules.next(assessment.getAnswers(), assessment.getRecommendation(), answers);
		String sentence = (next.step() == latest.getStep()) ? this.messages.text(next.reason(), locale)
				: this.messages.text("followup.step." + latest.getStep(), locale);
		IntRange interval = latest.getPlan().interval();
		boolean invite = !latest.getStep().replacesPlan() && interval != null
				&& !today.isBefore(latest.getDate().plusDays(interval.min()));
		return new FollowUpView(invite, latest.getStep(),
				this.messages.text("followup.step." + latest.getStep(), locale), sentence,
				this.presenter.present(latest.getPlan(), locale), PainChart.of(start, startPain, entries), rows,
				history.size() >= CheckIns.MAX_CHECK_INS);
	}

}
