package com.massageadvisor.checkin;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The latest check-in of each assessment that has one. */
public interface LatestCheckInRepository extends JpaRepository<LatestCheckIn, UUID> {

}
