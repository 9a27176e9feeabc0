package com.massageadvisor.maintenance;

import java.nio.file.Path;
import java.security.Principal;

import com.massageadvisor.system.RecentPasswordRequired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' backup page: a consistent copy of the embedded database, on the
 * server.
 */
@Controller
class BackupController {

	private final DatabaseBackup backup;

	private final MaintenanceProperties properties;

	BackupController(DatabaseBackup backup, MaintenanceProperties properties) {
		this.backup = backup;
		this.properties = properties;
	}

	@GetMapping("/staff/admin/backup")
	String page(Model model) {
		model.addAttribute("supported", this.backup.supported());
		model.addAttribute("backupDir", this.properties.backupDir().toAbsolutePath().toString());
		model.addAttribute("keep", this.properties.backup().keep());
		return "staff/backup";
	}

	@PostMapping("/staff/admin/backup")
	@RecentPasswordRequired
	String backup(Principal principal, RedirectAttributes redirect) {
		Path file = this.backup.backup(principal.getName());
		redirect.addFlashAttribute("written", file.toString());
		return "redirect:/staff/admin/backup";
	}

}
