package com.tripavail.trip.api.trip;

import com.tripavail.trip.config.TripProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A leg's deep link with the affiliate parameters of its platform and the click id, appended to the link's query
 * (before any fragment). The deep link itself is used as the platform gave it: already encoded.
 */
@Component
public class AffiliateLinks {

    private final TripProperties.Affiliate affiliate;

    public AffiliateLinks(TripProperties properties) {
        this.affiliate = properties.affiliate();
    }

    public String link(String deepLink, String platform, String clickId) {
        Map<String, String> parameters = new LinkedHashMap<>(affiliate.parametersFor(platform));
        parameters.put(affiliate.clickParameter(), clickId);
        int fragmentAt = deepLink.indexOf('#');
        String base = fragmentAt < 0 ? deepLink : deepLink.substring(0, fragmentAt);
        String fragment = fragmentAt < 0 ? "" : deepLink.substring(fragmentAt);
        StringBuilder link = new StringBuilder(base);
        char separator = base.indexOf('?') < 0 ? '?' : (base.endsWith("?") || base.endsWith("&") ? 0 : '&');
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (separator != 0) {
                link.append(separator);
            }
            link.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return link.append(fragment).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
