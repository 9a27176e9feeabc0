package com.massageadvisor.audit;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, newest first, for administrators; every detail a sentence in their
 * language.
 */
@Controller
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/staff/admin/audit")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<AuditEvent> events = this.audit.page(page);
		model.addAttribute("page", events);
		model.addAttribute("events", events.getContent());
		// each event's detail in the reader's language
		model.addAttribute("auditTrail", this.audit);
		return "staff/audit";
	}

}
