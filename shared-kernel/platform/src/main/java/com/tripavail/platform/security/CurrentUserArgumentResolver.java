package com.tripavail.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves a {@link CurrentUser} controller parameter; an unauthenticated request gets a 401 problem. */
public class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentUserAccessor accessor;

    public CurrentUserArgumentResolver(CurrentUserAccessor accessor) {
        this.accessor = accessor;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentUser.class.equals(parameter.getParameterType());
    }

    @Override
    public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return accessor.require();
    }
}
