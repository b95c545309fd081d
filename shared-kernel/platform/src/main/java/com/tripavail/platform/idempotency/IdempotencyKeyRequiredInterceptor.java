package com.tripavail.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import com.tripavail.platform.web.BadRequestException;

/** Enforces {@link IdempotencyKeyRequired}: a missing header is a 400 problem and the handler does not run. */
public class IdempotencyKeyRequiredInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isRequired(method)
                && request.getHeader(IdempotencyFilter.HEADER) == null) {
            throw new BadRequestException("This endpoint requires an " + IdempotencyFilter.HEADER
                    + " header (1 to 255 visible ASCII characters, unique per intended operation).");
        }
        return true;
    }

    private static boolean isRequired(HandlerMethod method) {
        return method.hasMethodAnnotation(IdempotencyKeyRequired.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), IdempotencyKeyRequired.class);
    }
}
