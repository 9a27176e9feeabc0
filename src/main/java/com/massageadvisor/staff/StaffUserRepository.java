package com.massageadvisor.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Staff accounts. */
interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	List<StaffUser> findAllByOrderByUsernameAsc();

}
