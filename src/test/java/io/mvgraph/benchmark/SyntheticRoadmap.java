package io.mvgraph.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * A deterministic synthetic roadmap of any size, in the data-set format (the same seed and size give the same bytes).
 * Its distributions follow the reference data set's:
 * <ul>
 * <li><b>topics</b>: the twelve areas of the reference taxonomy, refined into about 4 x sqrt(n) topics, two and
 * three levels deep;</li>
 * <li><b>bodies</b>: about n / 8, organizations (an ITU-like one with a standardization sector, study groups and
 * Questions; SDOs with subcommittees and working groups; consortia and forums) in trees up to four deep;</li>
 * <li><b>work items</b>: owners drawn with a Zipf law (a few bodies own many items, most own a few); each body works
 * on a handful of topics, and 85% of its items are about those; 1 topic (20%), 2 (60%) or 3 (20%) per item;
 * statuses 75% published, 17% under development, 3% proposed, 2% approved, 3% withdrawn;</li>
 * <li><b>text</b>: titles and scopes drawn from each topic's own words and from words every topic uses, so that items
 * of one topic are alike and text similarity behaves as on real titles;</li>
 * <li><b>links</b> about 0.8 per item (70% within the owner, 30% across bodies; mostly RELATED_TO, 3% EQUIVALENT_TO);
 * <b>liaisons</b> about n / 10, a third asking for action with a deadline, some answered, 10% work-programme fields.</li>
 * </ul>
 */
public final class SyntheticRoadmap {

	private static final String[] AREAS = { "Core technologies", "Systems", "Applications", "Services", "Protocols",
			"Security, privacy, trust and identity", "Accessibility and inclusion", "Sustainability",
			"Definitions and terminology", "Interoperability", "Governance, policy and regulation",
			"Standards landscape and gap analysis" };

	/** Words every topic uses, most frequent first (a Zipf law picks them). */
	private static final String[] COMMON = { "metaverse", "requirements", "framework", "services", "systems",
			"architecture", "immersive", "virtual", "reality", "interoperability", "platform", "model", "functional",
			"reference", "guidelines", "use", "cases", "evaluation", "methods", "network", "data", "media", "users",
			"applications", "digital", "quality", "general", "overview", "interface", "devices", "content", "support" };

	private static final String[] SYLLABLES = { "ka", "lo", "mi", "ner", "tos", "va", "qui", "ren", "sol", "dar",
			"fe", "gli", "hon", "jul", "mar", "pel", "rus", "tin", "vel", "zor", "bra", "cle", "dri", "fro", "gra", "plu" };

	private static final String[] GENRES = { "Requirements for", "Framework of", "Architecture of", "Guidelines on",
			"Use cases of", "Test methods for", "Overview of", "Specification of", "Evaluation of", "Reference model for" };

	private final int size;

	private final SplittableRandom random;

	private final List<Map<String, Object>> topics = new ArrayList<>();

	private final List<String[]> topicWords = new ArrayList<>();

	private final List<Map<String, Object>> bodies = new ArrayList<>();

	private final List<int[]> bodyFocus = new ArrayList<>();

	private final List<Map<String, Object>> workItems = new ArrayList<>();

	private final List<Map<String, Object>> liaisons = new ArrayList<>();

	private SyntheticRoadmap(int size, long seed) {
		this.size = size;
		this.random = new SplittableRandom(seed);
	}

	/** The data-set file of a roadmap of {@code size} work items. */
	public static byte[] generate(int size, long seed) {
		return JsonMapper.builder().build().writeValueAsBytes(dataset(size, seed));
	}

	/** The same roadmap as maps and lists (the JSON of the data-set format). */
	public static Map<String, Object> dataset(int size, long seed) {
		SyntheticRoadmap roadmap = new SyntheticRoadmap(size, seed);
		roadmap.topics();
		roadmap.bodies();
		roadmap.workItems();
		roadmap.liaisons();
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("formatVersion", 1);
		file.put("topics", roadmap.topics);
		file.put("bodies", roadmap.bodies);
		file.put("workItems", roadmap.workItems);
		file.put("liaisons", roadmap.liaisons);
		return file;
	}

	private void topics() {
		int wanted = Math.max(AREAS.length * 2, (int) Math.round(4 * Math.sqrt(this.size)));
		for (int a = 0; a < AREAS.length; a++) {
			addTopic("area-" + (a + 1), AREAS[a], null, -1);
		}
		// areas grow unevenly: the first ones (core technologies, systems...) get most sub-topics
		while (this.topics.size() < wanted) {
			int parent = zipf(this.topics.size(), 1.1);
			int depth = depth(parent);
			if (depth >= 2) {
				continue;
			}
			int n = this.topics.size();
			addTopic("topic-" + n, "Topic " + n + " " + word(), (String) this.topics.get(parent).get("id"), parent);
		}
	}

	private void addTopic(String id, String name, String parent, int parentIndex) {
		Map<String, Object> topic = new LinkedHashMap<>();
		topic.put("id", id);
		topic.put("name", name);
		if (parent != null) {
			topic.put("parent", parent);
		}
		this.topics.add(topic);
		// a topic's own words, plus a few of its parent's
		String[] words = new String[24];
		for (int i = 0; i < words.length; i++) {
			words[i] = parentIndex >= 0 && i < 4 ? this.topicWords.get(parentIndex)[this.random.nextInt(24)] : word();
		}
		this.topicWords.add(words);
	}

	private int depth(int topic) {
		int depth = 0;
		for (Object parent = this.topics.get(topic).get("parent"); parent != null; depth++) {
			parent = this.topics.get(index((String) parent)).get("parent");
		}
		return depth;
	}

	private int index(String topicId) {
		return topicId.startsWith("area-") ? Integer.parseInt(topicId.substring(5)) - 1 : Integer.parseInt(topicId.substring(6));
	}

	private void bodies() {
		int wanted = Math.max(30, this.size / 8);
		addBody("itu", "Union " + word(), "SDO", null);
		addBody("itu-t", "Standardization sector", "SDO", "itu");
		addBody("itu-t-tsag", "Advisory group", "TSAG", "itu-t");
		int studyGroups = Math.max(4, wanted / 40);
		for (int g = 1; g <= studyGroups; g++) {
			addBody("sg" + g, "Study Group " + g, "ITU_T_SG", "itu-t");
		}
		String[] kinds = { "SDO", "SDO", "SDO", "CONSORTIUM", "FORUM", "OPEN_SOURCE", "NATIONAL", "REGIONAL" };
		int org = 0;
		while (this.bodies.size() < wanted) {
			// a study group gets a Question, or an organization appears with its groups
			if (this.random.nextInt(5) == 0) {
				int sg = 1 + this.random.nextInt(studyGroups);
				int n = this.bodies.size();
				addBody("q" + n + "-" + sg, "Question " + n + "/" + sg, "ITU_T_QUESTION", "sg" + sg);
				continue;
			}
			String id = "org" + (++org);
			addBody(id, "Organization " + org + " " + word(), kinds[this.random.nextInt(kinds.length)], null);
			int groups = zipf(12, 1.0);
			for (int g = 1; g <= groups && this.bodies.size() < wanted; g++) {
				String group = id + "-g" + g;
				addBody(group, "Organization " + org + " group " + g, "SDO_GROUP", id);
				if (this.random.nextInt(4) == 0 && this.bodies.size() < wanted) {
					addBody(group + "-wg1", "Organization " + org + " group " + g + " working group", "SDO_GROUP", group);
				}
			}
		}
	}

	private void addBody(String id, String name, String kind, String parent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("name", name);
		body.put("kind", kind);
		if (parent != null) {
			body.put("parent", parent);
		}
		this.bodies.add(body);
		int[] focus = new int[2 + this.random.nextInt(4)];
		for (int i = 0; i < focus.length; i++) {
			focus[i] = zipf(this.topics.size(), 0.8);
		}
		this.bodyFocus.add(focus);
	}

	/** Bodies in a shuffled order: the most prolific owners are study groups and subcommittees, not the roots. */
	private int[] ownerRanking() {
		int[] ranking = new int[this.bodies.size()];
		for (int i = 0; i < ranking.length; i++) {
			ranking[i] = i;
		}
		for (int i = ranking.length - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			int swap = ranking[i];
			ranking[i] = ranking[j];
			ranking[j] = swap;
		}
		return ranking;
	}

	private int[] ranking;

	private void workItems() {
		this.ranking = ownerRanking();
		String[] statuses = { "PUBLISHED", "UNDER_DEVELOPMENT", "PROPOSED", "APPROVED", "WITHDRAWN" };
		int[] statusWeights = { 75, 17, 3, 2, 3 };
		for (int i = 0; i < this.size; i++) {
			int owner = this.ranking[zipf(this.bodies.size(), 0.9)];
			int[] focus = this.bodyFocus.get(owner);
			int count = pick(new int[] { 20, 60, 20 }) + 1;
			Set<Integer> topics = new LinkedHashSet<>();
			while (topics.size() < count) {
				topics.add(this.random.nextInt(100) < 85 ? focus[this.random.nextInt(focus.length)]
						: zipf(this.topics.size(), 0.8));
			}
			List<String> words = new ArrayList<>();
			for (int topic : topics) {
				String[] own = this.topicWords.get(topic);
				for (int k = 2 + this.random.nextInt(3); k > 0; k--) {
					words.add(own[zipf(own.length, 0.7)]);
				}
			}
			String title = GENRES[this.random.nextInt(GENRES.length)] + " " + String.join(" ", words.subList(0, Math.min(4, words.size())))
					+ " " + COMMON[zipf(COMMON.length, 1.0)];
			StringBuilder scope = new StringBuilder("This work item addresses");
			for (int k = 8 + this.random.nextInt(14); k > 0; k--) {
				scope.append(' ').append(this.random.nextInt(3) == 0 ? COMMON[zipf(COMMON.length, 1.0)]
						: words.get(this.random.nextInt(words.size())));
			}
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", "wi-" + i);
			item.put("designation", "X." + (1000 + i));
			item.put("title", title);
			item.put("scope", scope.append('.').toString());
			item.put("status", statuses[pick(statusWeights)]);
			item.put("owner", this.bodies.get(owner).get("id"));
			item.put("topics", topics.stream().map((t) -> this.topics.get(t).get("id")).toList());
			item.put("year", 2010 + this.random.nextInt(16));
			item.put("confidence", this.random.nextInt(5) == 0 ? "low" : "high");
			item.put("links", new ArrayList<Map<String, Object>>());
			this.workItems.add(item);
		}
		// links, to items already generated: within the owner's items or to an item of another body
		Map<Object, List<Integer>> byOwner = new LinkedHashMap<>();
		for (int i = 0; i < this.workItems.size(); i++) {
			byOwner.computeIfAbsent(this.workItems.get(i).get("owner"), (o) -> new ArrayList<>()).add(i);
		}
		String[] kinds = { "RELATED_TO", "REFERENCES", "SUPERSEDES", "EQUIVALENT_TO" };
		int[] kindWeights = { 85, 8, 4, 3 };
		for (int i = 0; i < this.workItems.size(); i++) {
			if (this.random.nextInt(10) >= 8) {
				continue;
			}
			List<Integer> same = byOwner.get(this.workItems.get(i).get("owner"));
			int to = this.random.nextInt(10) < 7 && same.size() > 1 ? same.get(this.random.nextInt(same.size()))
					: this.random.nextInt(this.workItems.size());
			if (to == i) {
				continue;
			}
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> links = (List<Map<String, Object>>) this.workItems.get(i).get("links");
			String target = (String) this.workItems.get(to).get("id");
			if (links.stream().noneMatch((link) -> link.get("to").equals(target))) {
				links.add(new LinkedHashMap<>(Map.of("to", target, "kind", kinds[pick(kindWeights)])));
			}
		}
	}

	private void liaisons() {
		int wanted = Math.max(5, this.size / 10);
		for (int i = 0; i < wanted; i++) {
			Map<String, Object> liaison = new LinkedHashMap<>();
			int from = this.ranking[zipf(this.bodies.size(), 0.9)];
			Set<Object> to = new LinkedHashSet<>();
			for (int k = 1 + this.random.nextInt(3); k > 0; k--) {
				int recipient = this.ranking[zipf(this.bodies.size(), 0.9)];
				if (recipient != from) {
					to.add(this.bodies.get(recipient).get("id"));
				}
			}
			if (to.isEmpty()) {
				continue;
			}
			String id = "ls-" + i;
			liaison.put("id", id);
			liaison.put("title", "LS on " + String.join(" ", this.topicWords.get(zipf(this.topics.size(), 0.8))[0], word()));
			liaison.put("from", this.bodies.get(from).get("id"));
			liaison.put("to", List.copyOf(to));
			int month = 1 + this.random.nextInt(12);
			int year = 2020 + this.random.nextInt(6);
			liaison.put("sentOn", String.format("%d-%02d-10", year, month));
			boolean workProgramme = this.random.nextInt(10) == 0;
			if (workProgramme) {
				liaison.put("purpose", "INFORMATION");
				liaison.remove("sentOn");
				liaison.put("concerns", List.of(this.workItems.get(this.random.nextInt(this.workItems.size())).get("id")));
				liaison.put("note", "type: WORK_PROGRAMME_LIAISON_FIELD. Synthetic.");
			}
			else if (this.random.nextInt(3) == 0) {
				liaison.put("purpose", "ACTION");
				liaison.put("deadline", String.format("%d-%02d-28", month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1));
			}
			else {
				liaison.put("purpose", this.random.nextBoolean() ? "INFORMATION" : "COMMENT");
			}
			// some answer an earlier one
			if (!workProgramme && !this.liaisons.isEmpty() && this.random.nextInt(5) == 0) {
				liaison.put("replyTo", this.liaisons.get(this.random.nextInt(this.liaisons.size())).get("id"));
			}
			this.liaisons.add(liaison);
		}
	}

	/** 0..n-1 with probability proportional to 1 / (i + 1)^s. */
	private int zipf(int n, double s) {
		double[] cumulative = zipfTable(n, s);
		double total = cumulative[n - 1];
		double u = this.random.nextDouble() * total;
		int low = 0;
		int high = n - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] < u) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private final Map<Long, double[]> zipfTables = new LinkedHashMap<>();

	private double[] zipfTable(int n, double s) {
		return this.zipfTables.computeIfAbsent(((long) n << 16) | (long) (s * 1000), (key) -> {
			double[] cumulative = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += 1 / Math.pow(i + 1, s);
				cumulative[i] = sum;
			}
			return cumulative;
		});
	}

	private int pick(int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int u = this.random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			u -= weights[i];
			if (u < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A made-up word of two or three syllables (a large vocabulary, like real titles have). */
	private String word() {
		StringBuilder word = new StringBuilder();
		for (int k = 2 + this.random.nextInt(2); k > 0; k--) {
			word.append(SYLLABLES[this.random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

}
