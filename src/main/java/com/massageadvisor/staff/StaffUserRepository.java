package com.massageadvisor.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Staff accounts. */
interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	List<StaffUser> findAllByOrderByUsernameAsc();

	boolean existsByUsernameIgnoreCase(String username);

	/*
	 * The two checks AdminBootstrap makes at every start are plain SQL: a query in JPQL
	 * would load Hibernate's query-language parser (some 450 classes) while the first
	 * visitor's page is being served; the first staff request loads it instead.
	 */

	/**
	 * @return how many accounts exist, in SQL (see above)
	 */
	@Query(value = "select count(*) from staff_user", nativeQuery = true)
	long countAccounts();

	/**
	 * @return 1 when an account has exactly this name, 0 otherwise, in SQL (see above)
	 */
	@Query(value = "select count(*) from staff_user where username = :username", nativeQuery = true)
	long countNamed(@Param("username") String username);

	/**
	 * Takes one log-in attempt from the account's allowance, in one statement, before the
	 * password is compared: every attempt counts as a failure until it succeeds, so that
	 * parallel guesses cannot all be compared before the first is counted.
	 * @return 1 when the attempt may go ahead, 0 when the account is locked or its
	 * allowance is taken by attempts under way
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StaffUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username"
			+ " and u.failedLogins < :max and (u.lockedUntil is null or u.lockedUntil <= :now)")
	int takeAttempt(@Param("username") String username, @Param("max") int max, @Param("now") Instant now);

	/**
	 * Locks the account when its failures have reached the allowance.
	 * @return 1 when this call locked it
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StaffUser u set u.lockedUntil = :until, u.failedLogins = 0 where u.username = :username"
			+ " and u.failedLogins >= :max and (u.lockedUntil is null or u.lockedUntil <= :now)")
	int lockWhenExhausted(@Param("username") String username, @Param("max") int max, @Param("now") Instant now,
			@Param("until") Instant until);

	/** Gives back the whole allowance after a successful log-in. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update StaffUser u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username")
	int clearFailures(@Param("username") String username);

}
