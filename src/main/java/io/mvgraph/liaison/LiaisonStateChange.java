package io.mvgraph.liaison;

import java.time.LocalDate;

/** One step of a liaison's life: the state it entered, on which day, by whom, why. */
public record LiaisonStateChange(LiaisonState state, LocalDate on, String by, String note) {
}
