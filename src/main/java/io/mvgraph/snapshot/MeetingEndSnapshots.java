package io.mvgraph.snapshot;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.mvgraph.meeting.Meeting;
import io.mvgraph.meeting.MeetingService;
import io.mvgraph.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Takes a snapshot when a meeting ends (issue 12: the roadmap as it stood at a meeting's end, kept): a check every
 * {@code mvgraph.snapshot.meeting-end-check} (default 10 minutes) snapshots each meeting that ended within the last
 * {@code mvgraph.snapshot.meeting-end-window} (default a day) and has none yet, labelled "End of meeting &lt;id&gt;",
 * as the user {@code system}. Only recent ends: a snapshot taken today is not the roadmap of a meeting that ended last
 * year. Off with {@code mvgraph.snapshot.at-meeting-end=false} (the tests, whose fixtures hold past meetings). Two
 * instances checking at the same moment may both take one (the label is checked, not locked).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "mvgraph.snapshot.at-meeting-end", havingValue = "true", matchIfMissing = true)
class MeetingEndSnapshots {

	private static final Logger log = LoggerFactory.getLogger(MeetingEndSnapshots.class);

	static final String LABEL = "End of meeting ";

	private final MeetingService meetings;

	private final SnapshotService snapshots;

	private final Duration window;

	MeetingEndSnapshots(MeetingService meetings, SnapshotService snapshots,
			@Value("${mvgraph.snapshot.meeting-end-window:P1D}") Duration window) {
		this.meetings = meetings;
		this.snapshots = snapshots;
		this.window = window;
	}

	@Scheduled(fixedDelayString = "${mvgraph.snapshot.meeting-end-check:PT10M}",
			initialDelayString = "${mvgraph.snapshot.meeting-end-check:PT10M}")
	void check() {
		try {
			List<Snapshot> taken = takeDue(OffsetDateTime.now());
			taken.forEach((snapshot) -> log.info("Snapshot '{}' taken at the end of a meeting", snapshot.label()));
		}
		catch (RuntimeException ex) {
			// the next check tries again
			log.warn("Snapshots at meeting ends failed: {}", ex.toString());
		}
	}

	/** The snapshots due on {@code now}: one per meeting ended within the window without one. */
	List<Snapshot> takeDue(OffsetDateTime now) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Roles.EDITOR))));
		SecurityContextHolder.setContext(system);
		try {
			OffsetDateTime since = now.minus(this.window);
			Set<String> labels = this.snapshots.list(100).stream().map(Snapshot::label).collect(Collectors.toSet());
			List<Snapshot> taken = new ArrayList<>();
			for (Meeting meeting : this.meetings.list(false, null, now, 100)) {
				if (meeting.end().isAfter(since) && !meeting.end().isAfter(now)
						&& !labels.contains(LABEL + meeting.id())) {
					taken.add(this.snapshots.take(LABEL + meeting.id()));
				}
			}
			return taken;
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
