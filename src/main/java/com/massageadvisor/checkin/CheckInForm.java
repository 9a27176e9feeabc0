package com.massageadvisor.checkin;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import com.massageadvisor.rules.Change;
import com.massageadvisor.rules.CheckIn;
import com.massageadvisor.rules.RedFlag;
import com.massageadvisor.rules.Soreness;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The check-in form as the client filled it in; turned into a {@link CheckIn} only once
 * valid. The dates (not in the future, not before the plan or the previous check-in) are
 * checked by the controller, which knows them.
 */
public class CheckInForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@NotNull
	@Min(0)
	@Max(CheckIn.MAX_SESSIONS)
	private @Nullable Integer sessionsSinceLast;

	@NotNull
	@Min(0)
	@Max(10)
	private @Nullable Integer painLevel;

	@Min(0)
	@Max(CheckIn.MAX_RELIEF_DAYS)
	private @Nullable Integer reliefDays;

	@NotNull
	private @Nullable Soreness soreness = Soreness.NONE;

	@NotNull
	private @Nullable Change change;

	private boolean painDuringSession;

	private Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);

	/**
	 * The check-in for the rules; call only once the form is valid.
	 * @return the check-in
	 */
	CheckIn toCheckIn() {
		return new CheckIn(this.sessionsSinceLast, this.painLevel, this.reliefDays, this.soreness, this.change,
				this.painDuringSession, this.redFlags);
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable Integer getSessionsSinceLast() {
		return this.sessionsSinceLast;
	}

	public void setSessionsSinceLast(@Nullable Integer sessionsSinceLast) {
		this.sessionsSinceLast = sessionsSinceLast;
	}

	public @Nullable Integer getPainLevel() {
		return this.painLevel;
	}

	public void setPainLevel(@Nullable Integer painLevel) {
		this.painLevel = painLevel;
	}

	public @Nullable Integer getReliefDays() {
		return this.reliefDays;
	}

	public void setReliefDays(@Nullable Integer reliefDays) {
		this.reliefDays = reliefDays;
	}

	public @Nullable Soreness getSoreness() {
		return this.soreness;
	}

	public void setSoreness(@Nullable Soreness soreness) {
		this.soreness = soreness;
	}

	public @Nullable Change getChange() {
		return this.change;
	}

	public void setChange(@Nullable Change change) {
		this.change = change;
	}

	public boolean isPainDuringSession() {
		return this.painDuringSession;
	}

	public void setPainDuringSession(boolean painDuringSession) {
		this.painDuringSession = painDuringSession;
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	public void setRedFlags(@Nullable Set<RedFlag> redFlags) {
		this.redFlags = (redFlags != null) ? redFlags : EnumSet.noneOf(RedFlag.class);
	}

}
