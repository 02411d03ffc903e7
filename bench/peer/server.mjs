// The Neo4j GraphQL Library (@neo4j/graphql) over mvgraph's graph, on Apollo Server: the peer of the
// side-by-side benchmark (README, "Performance"). It reads the same Neo4j as the service, through Bolt.
//   BOLT_URI=bolt://localhost:7687 PORT=4000 node server.mjs
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

// The service's graph (README, "The graph model"), as the library's type definitions: every relationship is a
// list (the library's rule), links are one field per kind.
const typeDefs = /* GraphQL */ `
  type Body @node {
    id: ID!
    name: String!
    acronym: String
    kind: String!
    url: String
    parent: [Body!]! @relationship(type: "PART_OF", direction: OUT)
    children: [Body!]! @relationship(type: "PART_OF", direction: IN)
    workItems: [WorkItem!]! @relationship(type: "OWNED_BY", direction: IN)
  }
  type Topic @node {
    id: ID!
    name: String!
    description: String
    parent: [Topic!]! @relationship(type: "SUBTOPIC_OF", direction: OUT)
    children: [Topic!]! @relationship(type: "SUBTOPIC_OF", direction: IN)
    workItems: [WorkItem!]! @relationship(type: "ABOUT", direction: IN)
  }
  type WorkItem @node {
    id: ID!
    designation: String
    title: String!
    scope: String
    status: String!
    url: String
    source: String
    confidence: String
    owner: [Body!]! @relationship(type: "OWNED_BY", direction: OUT)
    topics: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
    equivalentTo: [WorkItem!]! @relationship(type: "EQUIVALENT_TO", direction: OUT)
    equivalentFrom: [WorkItem!]! @relationship(type: "EQUIVALENT_TO", direction: IN)
    adopts: [WorkItem!]! @relationship(type: "ADOPTS", direction: OUT)
    adoptedBy: [WorkItem!]! @relationship(type: "ADOPTS", direction: IN)
    continues: [WorkItem!]! @relationship(type: "CONTINUES", direction: OUT)
    continuedBy: [WorkItem!]! @relationship(type: "CONTINUES", direction: IN)
    references: [WorkItem!]! @relationship(type: "REFERENCES", direction: OUT)
    referencedBy: [WorkItem!]! @relationship(type: "REFERENCES", direction: IN)
    supersedes: [WorkItem!]! @relationship(type: "SUPERSEDES", direction: OUT)
    supersededBy: [WorkItem!]! @relationship(type: "SUPERSEDES", direction: IN)
    relatedTo: [WorkItem!]! @relationship(type: "RELATED_TO", direction: OUT)
    relatedFrom: [WorkItem!]! @relationship(type: "RELATED_TO", direction: IN)
    liaisons: [Liaison!]! @relationship(type: "CONCERNS", direction: IN)
  }
  type Liaison @node {
    id: ID!
    title: String!
    kind: String
    purpose: String!
    from: [Body!]! @relationship(type: "FROM", direction: OUT)
    to: [Body!]! @relationship(type: "TO", direction: OUT)
    cc: [Body!]! @relationship(type: "CC", direction: OUT)
    concerns: [WorkItem!]! @relationship(type: "CONCERNS", direction: OUT)
    replyTo: [Liaison!]! @relationship(type: "REPLY_TO", direction: OUT)
    replies: [Liaison!]! @relationship(type: "REPLY_TO", direction: IN)
  }
`;

const uri = process.env.BOLT_URI ?? "bolt://localhost:7687";
const port = Number(process.env.PORT ?? 4000);
const driver = neo4j.driver(uri, process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD) : undefined);
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema(), introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: "127.0.0.1" },
  // reads only, as the service's read path: the library routes them to readers with this
  context: async () => ({ sessionConfig: { defaultAccessMode: "READ" } }),
});
console.log(`peer ready at ${url} (over ${uri})`);
const stop = async () => { await server.stop(); await driver.close(); process.exit(0); };
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
