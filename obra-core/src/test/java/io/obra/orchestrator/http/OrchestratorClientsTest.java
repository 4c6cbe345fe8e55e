package io.obra.orchestrator.http;

import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrchestratorClientsTest {

    @Test
    void manyBuildsMayCallTheSameOrchestratorHostAtOnce() {
        OkHttpClient client = OrchestratorClients.configure(new OkHttpClient.Builder()).build();

        assertThat(client.dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
        assertThat(client.dispatcher().getMaxRequests()).isEqualTo(256);
        assertThat(new OkHttpClient().dispatcher().getMaxRequestsPerHost()).as("OkHttp's default").isEqualTo(5);
        client.dispatcher().executorService().shutdown();
    }
}
