package com.massageadvisor.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records staff actions and reads them back for administrators. */
@Service
public class AuditTrail {

	/** Events per page of the audit list. */
	public static final int PAGE_SIZE = 50;

	/** The last page anyone can ask for, so that the offset always fits the database. */
	static final int MAX_PAGE = 1_000_000;

	private final AuditEventRepository events;

	/** The longest actor's name the trail keeps. */
	static final int ACTOR_LENGTH = 50;

	private final Clock clock;

	private final MessageSource messages;

	AuditTrail(AuditEventRepository events, Clock clock, MessageSource messages) {
		this.events = events;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Records an action, in the caller's transaction: the event is stored if and only if
	 * the action is.
	 * @param actor the staff member's username
	 * @param action what they did
	 * @param assessment the assessment concerned, if one
	 * @param detail a short description without client data
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, AuditAction action, @Nullable UUID assessment, @Nullable String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor(actor), action, assessment, detail));
	}

	/**
	 * Records an action, in the caller's transaction, with a detail that the audit page
	 * shows in its reader's language.
	 * @param actor the staff member's username (longer names are cut to the column's 50
	 * characters: a name typed at the log-in need not exist)
	 * @param action what they did
	 * @param assessment the assessment concerned, if one
	 * @param detail what happened, without client data
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, AuditAction action, @Nullable UUID assessment, AuditDetail detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor(actor), action, assessment, detail));
	}

	/**
	 * Records an action in a transaction of its own, for actions that are not database
	 * changes, such as an export.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordNow(String actor, AuditAction action, @Nullable UUID assessment, @Nullable String detail) {
		record(actor, action, assessment, detail);
	}

	/**
	 * Records an action in a transaction of its own, for actions that are not database
	 * changes, such as an export or a view.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordNow(String actor, AuditAction action, @Nullable UUID assessment, AuditDetail detail) {
		record(actor, action, assessment, detail);
	}

	/**
	 * The detail of an event as the audit page shows it: a sentence in the reader's
	 * language, or the text of an event recorded before issue 16.
	 * @param event the event
	 * @param locale the reader's language
	 * @return the text, empty when there is none
	 */
	public String describe(AuditEvent event, Locale locale) {
		AuditDetail detail = event.getDetailMessage();
		if (detail == null) {
			String text = event.getDetail();
			return (text != null) ? text : "";
		}
		Object[] arguments = detail.arguments().stream().map((argument) -> shown(argument, locale)).toArray();
		return this.messages.getMessage(detail.key(), arguments, detail.key(), locale);
	}

	/**
	 * An argument as the reader sees it: a label or a list of terms in their language.
	 */
	private Object shown(String argument, Locale locale) {
		if (argument.startsWith(AuditDetail.LABEL)) {
			return text(argument.substring(AuditDetail.LABEL.length()), locale);
		}
		if (argument.startsWith(AuditDetail.TERMS)) {
			List<String> terms = AuditDetail.termsOf(argument).stream().map((term) -> {
				String name = text(term.name(), locale);
				return term.value().isEmpty() ? name : this.messages.getMessage("audit.detail.term",
						new Object[] { name, shown(term.value(), locale) }, locale);
			}).toList();
			return String.join(this.messages.getMessage("audit.detail.terms.separator", null, locale), terms);
		}
		return argument;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * The actor as the trail keeps it: control characters (which PostgreSQL refuses, NUL
	 * among them) as {@code ?}, cut to the column's length without splitting a character.
	 */
	static String actor(String actor) {
		String printable = actor.replaceAll("\\p{Cntrl}", "?");
		if (printable.length() <= ACTOR_LENGTH) {
			return printable;
		}
		int end = Character.isHighSurrogate(printable.charAt(ACTOR_LENGTH - 1)) ? ACTOR_LENGTH - 1 : ACTOR_LENGTH;
		return printable.substring(0, end);
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> forAssessment(UUID publicId) {
		return this.events.findByAssessmentPublicIdOrderByOccurredAtDescIdDesc(publicId);
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> page(int page) {
		return this.events
			.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.min(Math.max(page, 0), MAX_PAGE), PAGE_SIZE));
	}

}
