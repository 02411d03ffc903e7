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
# the extracted form (plain jars in lib/) loads its classes faster than the nested jars of the fat jar
RUN java -Djarmode=tools -jar /mvgraph.jar extract --destination /extracted

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app mvgraph
WORKDIR /app
COPY --from=build /extracted /app
USER mvgraph
EXPOSE 8080
# the run flags of the pom's mvgraph.run.jvm, with the heap sized by the container instead of a fixed -Xmx
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -XX:MaxRAMPercentage=60 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=10000"
ENTRYPOINT ["java", "-jar", "/app/mvgraph.jar"]
