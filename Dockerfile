# The service, built from this repository (docker-compose.yml runs it next to a Neo4j server).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY schema schema
COPY cypher cypher
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests && cp target/mvgraph-*.jar /mvgraph.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app mvgraph
WORKDIR /app
COPY --from=build /mvgraph.jar /app/mvgraph.jar
USER mvgraph
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:MaxRAMPercentage=60"
ENTRYPOINT ["java", "-jar", "/app/mvgraph.jar"]
