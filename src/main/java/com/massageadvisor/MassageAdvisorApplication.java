package com.massageadvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MassageAdvisorApplication {

	public static void main(String[] args) {
		SpringApplication.run(MassageAdvisorApplication.class, args);
	}

}
