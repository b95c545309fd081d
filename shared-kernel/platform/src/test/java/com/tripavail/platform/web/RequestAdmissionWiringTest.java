package com.tripavail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.platform.web.testapp.PlatformWebTestBase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** Every service: requests on virtual threads, admitted before anything else looks at them. */
class RequestAdmissionWiringTest extends PlatformWebTestBase {

    @Autowired
    @Qualifier("tripavailRequestAdmission")
    FilterRegistrationBean<RequestAdmission> admission;

    @Test
    void requestsRunOnVirtualThreads() {
        HttpResponse<String> response = send(request("/api/test/thread").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body(response).get("virtual").asBoolean()).isTrue();
    }

    @Test
    void admissionComesBeforeSecurity_soARefusedRequestCostsNoTokenCheck() {
        assertThat(admission.getOrder()).isLessThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
        assertThat(admission.getFilter().available()).isEqualTo(32);
    }
}
