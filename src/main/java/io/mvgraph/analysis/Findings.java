package io.mvgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.mvgraph.api.PartialDate;

/**
 * Coordination findings computed from the overlap model: the uncoordinated overlaps between two coordination units,
 * grouped per pair of units and subject. Deterministic: the same model, policy and rejected pairs give the same
 * findings with the same ids, in the same order.
 *
 * <p>The subject of a group of pairs is the most specific topic (the highest {@link OverlapModel#topicWeight}, ties by
 * id) that more than half of them share (both items are about it or below it); the pairs that share it form one
 * finding, the others are grouped again. A finding's id is {@code unitA--unitB--subject}, {@code unitA < unitB}.
 */
final class Findings {

	/** How a finding is ranked against others: severity first, then id. */
	static final Comparator<Draft> ORDER = Comparator.comparingDouble((Draft draft) -> -draft.severity())
		.thenComparing(Draft::id);

	/** One finding before its nodes are attached: indexes of the model, and the generated texts. */
	record Draft(String id, FindingScope scope, int unitA, int unitB, int subject, List<long[]> pairs, int[] owners,
			List<String> sharedTopics, double severity, String statement, String proposedAction) {

		List<String> pairIds(OverlapModel model) {
			return this.pairs.stream().map((pair) -> model.itemIds[(int) pair[0]] + "|" + model.itemIds[(int) pair[1]]).toList();
		}

	}

	private final OverlapModel model;

	private final CoordinationPolicy policy;

	private Findings(OverlapModel model, CoordinationPolicy policy) {
		this.model = model;
		this.policy = policy;
	}

	/**
	 * The findings of the model: every cross-unit overlap scoring at least {@code minScore} that no current channel
	 * coordinates and no reviewer rejected, grouped. Best first ({@link #ORDER}).
	 */
	static List<Draft> compute(OverlapModel model, CoordinationPolicy policy, double minScore, Set<OverlapPair> rejected) {
		return new Findings(model, policy).compute(minScore, rejected);
	}

	private List<Draft> compute(double minScore, Set<OverlapPair> rejected) {
		// unit pair (by ids, the smaller first) -> its uncoordinated pairs {a, b, ranked key}, best first
		Map<String, List<long[]>> byUnits = new TreeMap<>();
		Map<String, int[]> unitsOf = new HashMap<>();
		for (long key : this.model.pairs) {
			if (PairKeys.score(key) < minScore) {
				break;
			}
			int a = PairKeys.a(key);
			int b = PairKeys.b(key);
			if (this.model.internal(a, b) || this.model.coordinated(a, b, this.policy)) {
				continue;
			}
			if (!rejected.isEmpty() && rejected.contains(new OverlapPair(this.model.itemIds[a], this.model.itemIds[b]))) {
				continue;
			}
			int ua = this.model.unitOf(a);
			int ub = this.model.unitOf(b);
			if (this.model.bodyIds[ua].compareTo(this.model.bodyIds[ub]) > 0) {
				int swap = ua;
				ua = ub;
				ub = swap;
			}
			String unitKey = this.model.bodyIds[ua] + "--" + this.model.bodyIds[ub];
			unitsOf.put(unitKey, new int[] { ua, ub });
			byUnits.computeIfAbsent(unitKey, (k) -> new ArrayList<>()).add(new long[] { a, b, key });
		}
		List<Draft> drafts = new ArrayList<>();
		byUnits.forEach((unitKey, pairs) -> {
			int[] units = unitsOf.get(unitKey);
			for (Map.Entry<Integer, List<long[]>> group : group(pairs).entrySet()) {
				drafts.add(draft(units[0], units[1], group.getKey(), group.getValue()));
			}
		});
		drafts.sort(ORDER);
		return drafts;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Grouping by subject

	/** Subject -> pairs (best first), subjects in the order they were found. */
	private Map<Integer, List<long[]>> group(List<long[]> pairs) {
		Map<Integer, List<long[]>> groups = new LinkedHashMap<>();
		List<long[]> rest = pairs;
		while (!rest.isEmpty()) {
			int subject = subject(rest);
			if (subject < 0) {
				// no topic shared by any of them (text alone made them overlap): they join the unit pair's first
				// finding, or make one on the most specific topic of the best pair's items
				if (groups.isEmpty()) {
					groups.put(mostSpecificTopic(rest.get(0)), new ArrayList<>(rest));
				}
				else {
					groups.values().iterator().next().addAll(rest);
				}
				break;
			}
			List<long[]> members = new ArrayList<>();
			List<long[]> others = new ArrayList<>();
			for (long[] pair : rest) {
				(shares(pair, subject) ? members : others).add(pair);
			}
			groups.merge(subject, members, (x, y) -> {
				x.addAll(y);
				return x;
			});
			rest = others;
		}
		groups.values().forEach((list) -> list.sort(Comparator.comparingLong((long[] pair) -> pair[2])));
		return groups;
	}

	/**
	 * The most specific topic more than half of the pairs share; failing that (no topic is shared by a majority),
	 * the topic the most of them share; -1 when they share none. A root area only when nothing narrower is shared.
	 */
	private int subject(List<long[]> pairs) {
		int[] count = new int[this.model.topicIds.length];
		for (long[] pair : pairs) {
			for (int topic : shared(pair)) {
				count[topic]++;
			}
		}
		// one of the eight root areas is too broad to be a subject while the pairs share anything narrower
		boolean narrower = false;
		for (int topic = 0; topic < count.length; topic++) {
			narrower |= count[topic] > 0 && this.model.topicParent[topic] >= 0;
		}
		int best = -1;
		for (int topic = 0; topic < count.length; topic++) {
			if (narrower && this.model.topicParent[topic] < 0) {
				continue;
			}
			if (count[topic] * 2 > pairs.size() && (best < 0 || moreSpecific(topic, best))) {
				best = topic;
			}
		}
		if (best >= 0) {
			return best;
		}
		for (int topic = 0; topic < count.length; topic++) {
			if (narrower && this.model.topicParent[topic] < 0) {
				continue;
			}
			if (count[topic] > 0 && (best < 0 || count[topic] > count[best]
					|| (count[topic] == count[best] && moreSpecific(topic, best)))) {
				best = topic;
			}
		}
		return best;
	}

	private boolean moreSpecific(int topic, int than) {
		double x = this.model.topicWeight[topic];
		double y = this.model.topicWeight[than];
		return x > y || (x == y && this.model.topicIds[topic].compareTo(this.model.topicIds[than]) < 0);
	}

	private int mostSpecificTopic(long[] pair) {
		int best = -1;
		for (int item : new int[] { (int) pair[0], (int) pair[1] }) {
			for (int topic : this.model.topicClosure[item]) {
				if (best < 0 || moreSpecific(topic, best)) {
					best = topic;
				}
			}
		}
		return Math.max(best, 0);
	}

	private int[] shared(long[] pair) {
		int[] x = this.model.topicClosure[(int) pair[0]];
		int[] y = this.model.topicClosure[(int) pair[1]];
		return Arrays.stream(x).filter((topic) -> Arrays.binarySearch(y, topic) >= 0).toArray();
	}

	private boolean shares(long[] pair, int topic) {
		return this.model.about((int) pair[0], topic) && this.model.about((int) pair[1], topic);
	}

	// ---------------------------------------------------------------------------------------------------------
	// One finding

	private Draft draft(int unitA, int unitB, int subject, List<long[]> pairs) {
		OverlapModel m = this.model;
		String id = m.bodyIds[unitA] + "--" + m.bodyIds[unitB] + "--" + m.topicIds[subject];
		boolean itu = m.units.itu[unitA] || m.units.itu[unitB];
		// the owners of each side, unit A's first, in the order of the pairs
		Set<Integer> ownersA = new LinkedHashSet<>();
		Set<Integer> ownersB = new LinkedHashSet<>();
		Set<Integer> itemsA = new LinkedHashSet<>();
		Set<Integer> itemsB = new LinkedHashSet<>();
		Map<String, Integer> topicCounts = new LinkedHashMap<>();
		double maxSeverity = 0;
		List<CoordinationChannel> oldChannels = new ArrayList<>();
		for (long[] pair : pairs) {
			int a = (int) pair[0];
			int b = (int) pair[1];
			int sideA = m.unitOf(a) == unitA ? a : b;
			int sideB = sideA == a ? b : a;
			ownersA.add(m.owner[sideA]);
			ownersB.add(m.owner[sideB]);
			itemsA.add(sideA);
			itemsB.add(sideB);
			for (String topic : m.sharedTopics(a, b)) {
				topicCounts.merge(topic, 1, Integer::sum);
			}
			maxSeverity = Math.max(maxSeverity, OverlapScoring.severity(PairKeys.score(pair[2]), m.status[a], m.status[b]));
			oldChannels.addAll(m.channels(a, b, this.policy));
		}
		List<String> sharedTopics = topicCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing((entry) -> -m.topicWeight[m.topicIndex.get(entry.getKey())])
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getKey)
			.toList();
		// more pairs weigh a little more, never more than the most severe pair by a tenth
		double severity = Math.min(1, maxSeverity + 0.1 * (1 - 1.0 / pairs.size()));
		severity = Math.round(severity * 1000) / 1000.0;
		CoordinationChannel lastOld = oldChannels.stream()
			.filter((channel) -> !channel.current())
			.max(Comparator.comparing(CoordinationChannel::on, Comparator.nullsFirst(Comparator.naturalOrder())))
			.orElse(null);
		boolean draftingA = itemsA.stream().anyMatch((item) -> inProgress(m.status[item]));
		boolean draftingB = itemsB.stream().anyMatch((item) -> inProgress(m.status[item]));
		String statement = statement(unitA, unitB, subject, itemsA, itemsB, draftingA, draftingB, lastOld);
		String action = action(unitA, unitB, itu, itemsA, itemsB, draftingA, draftingB, lastOld);
		int[] owners = java.util.stream.Stream.concat(ownersA.stream(), ownersB.stream()).mapToInt(Integer::intValue).toArray();
		return new Draft(id, itu ? FindingScope.ITU : FindingScope.EXTERNAL, unitA, unitB, subject, pairs, owners,
				sharedTopics, severity, statement, action);
	}

	static boolean inProgress(String status) {
		return "PROPOSED".equals(status) || "UNDER_DEVELOPMENT".equals(status);
	}

	private String statement(int unitA, int unitB, int subject, Set<Integer> itemsA, Set<Integer> itemsB,
			boolean draftingA, boolean draftingB, CoordinationChannel lastOld) {
		String a = unitName(unitA, true);
		String b = unitName(unitB, true);
		String about = " on " + topicName(subject) + " (" + labels(itemsA) + "; " + labels(itemsB) + ")";
		String what;
		if (!draftingA && !draftingB) {
			what = a + " and " + b + " each published work" + about;
		}
		else if (draftingA && draftingB) {
			what = a + " and " + b + " are each drafting work" + about;
		}
		else {
			String published = draftingA ? b : a;
			String drafting = draftingA ? a : b;
			what = published + " published and " + drafting + " is drafting work" + about;
		}
		String channel;
		if (lastOld == null) {
			channel = "no liaison between them is on record.";
		}
		else {
			channel = "the last liaison between them (" + lastOld.liaisonIds().get(0)
					+ (lastOld.on() != null ? ", " + lastOld.on() : "") + ") is older than "
					+ age() + " and no longer counts as coordination.";
		}
		return capitalize(what) + "; " + channel;
	}

	private String action(int unitA, int unitB, boolean itu, Set<Integer> itemsA, Set<Integer> itemsB,
			boolean draftingA, boolean draftingB, CoordinationChannel lastOld) {
		String a = addressee(unitA);
		String b = addressee(unitB);
		String channel;
		if (lastOld != null) {
			channel = "The JCA-MV asks " + a + " and " + b + " to renew their liaison (last: "
					+ lastOld.liaisonIds().get(0) + (lastOld.on() != null ? ", " + lastOld.on() : "") + ")";
		}
		else if (itu) {
			channel = "The JCA-MV sends a liaison statement to both " + a + " and " + b
					+ ", each copied on it, and recommends a liaison relationship between them";
		}
		else {
			channel = "The JCA-MV informs " + a + " and " + b + " by one liaison statement to both, for information"
					+ " (the JCA-MV cannot direct outside organisations), and suggests a liaison relationship";
		}
		String ask;
		if (draftingA && draftingB) {
			ask = "invite them to align the drafts before approval";
		}
		else if (draftingA || draftingB) {
			String drafting = draftingA ? a : b;
			Set<Integer> published = draftingA ? itemsB : itemsA;
			ask = "invite " + drafting + " to reference or align with the published " + labels(published);
		}
		else {
			ask = "propose a cross-reference or a note in the next revisions";
		}
		return channel + "; " + ask + ".";
	}

	private String age() {
		java.time.Period age = this.policy.maxAge();
		if (age.getMonths() == 0 && age.getDays() == 0) {
			return age.getYears() + (age.getYears() == 1 ? " year" : " years");
		}
		return age.toString();
	}

	/**
	 * Whom to address for a unit: the unit itself, or for a unit that has ended the unit that holds its work now
	 * (the unit whose items continue its items most often; failing that the unit above it).
	 */
	private String addressee(int unit) {
		if (this.model.units.ended(unit, this.policy.asOf()) == null) {
			return unitName(unit, false);
		}
		int holder = holder(unit);
		if (holder < 0) {
			return unitName(unit, false);
		}
		return unitName(holder, false) + " (which holds the work of " + unitName(unit, false) + ")";
	}

	private int holder(int unit) {
		OverlapModel m = this.model;
		Map<Integer, Integer> continuing = new TreeMap<>();
		m.linkEvidence.forEach((key, links) -> {
			for (String[] link : links) {
				if (!"CONTINUES".equals(link[1])) {
					continue;
				}
				Integer from = m.itemIndex.get(link[0]);
				Integer to = m.itemIndex.get(link[2]);
				if (from != null && to != null && m.unitOf(to) == unit && m.unitOf(from) != unit) {
					continuing.merge(m.unitOf(from), 1, Integer::sum);
				}
			}
		});
		if (!continuing.isEmpty()) {
			return continuing.entrySet()
				.stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue()
					.thenComparing((entry) -> m.bodyIds[entry.getKey()], Comparator.reverseOrder()))
				.orElseThrow()
				.getKey();
		}
		int parent = m.bodyParent[unit];
		return parent >= 0 ? m.units.unit[parent] : -1;
	}

	/**
	 * "ITU-T SG21", "TSAG", "MSF" (an acronym where there is one: a study group's with "ITU-T " before it), else
	 * "the ITU-T Focus Group on metaverse (FG-MV)"; with the year a unit that has ended closed.
	 */
	private String unitName(int unit, boolean withEnd) {
		OverlapModel m = this.model;
		String acronym = m.bodyAcronyms[unit];
		String text;
		if (acronym != null && !acronym.isBlank()) {
			text = "ITU_T_SG".equals(m.bodyKinds[unit]) && !acronym.startsWith("ITU") ? "ITU-T " + acronym : acronym;
		}
		else {
			String name = m.bodyNames[unit] != null ? m.bodyNames[unit] : m.bodyIds[unit];
			text = name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
		}
		PartialDate ended = m.units.ended(unit, this.policy.asOf());
		if (withEnd && ended != null) {
			text += " (closed in " + ended.year() + ")";
		}
		return text;
	}

	private String topicName(int topic) {
		String name = this.model.topicNames[topic];
		if (name == null) {
			return this.model.topicIds[topic];
		}
		// "Avatars and digital identity" -> "avatars and digital identity", but "XR devices", "QoE and QoS" stay
		String firstWord = name.split(" ", 2)[0];
		boolean acronym = !firstWord.substring(1).equals(firstWord.substring(1).toLowerCase(Locale.ROOT))
				|| firstWord.chars().anyMatch(Character::isDigit);
		return acronym ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}

	private String labels(Set<Integer> items) {
		List<String> labels = items.stream().map((item) -> this.model.itemLabels[item]).toList();
		if (labels.size() <= 3) {
			return String.join(", ", labels);
		}
		return String.join(", ", labels.subList(0, 3)) + " and " + (labels.size() - 3) + " more";
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
