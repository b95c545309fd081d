package com.tripavail.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every error a controller raises into an RFC 7807 problem ({@code application/problem+json}) with
 * {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance}. Bad input gets a 4xx
 * saying what is wrong; anything unexpected a 500 without internals (the exception is logged).
 * Ordered last, so a service's own advice wins for the exceptions it handles.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);

    // ---- exceptions services throw ------------------------------------------------------------

    @ExceptionHandler(PlatformException.class)
    public ResponseEntity<Object> handlePlatformException(PlatformException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(ex.status(), ex.typeSlug(), ex.title(), ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(ex.headers());
        return handleExceptionInternal(ex, problem, headers, ex.status(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            errors.add(fieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()));
        }
        return validationProblem(ex, errors, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                "You are not allowed to do this.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unhandled exception on {}", describe(request), ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR,
                "Internal Server Error", "An unexpected error occurred. It has been logged.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    // ---- Spring MVC's exceptions, with more precise details -----------------------------------

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = describeUnreadable(ex);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(ex, errorsOf(ex.getBindingResult()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return handleUnexpected(ex, request);
        }
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : name;
                errors.add(fieldError(field, error.getDefaultMessage()));
            }
        });
        return validationProblem(ex, errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        String message = "must be " + expected(ex.getRequiredType()) + "; got '" + ex.getValue() + "'";
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETER, "Invalid Parameter",
                "Parameter '" + name + "' " + message + ".");
        problem.setProperty("errors", List.of(fieldError(name, message)));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.MISSING_PARAMETER, "Missing Parameter",
                "Required parameter '" + ex.getParameterName() + "' is missing.");
        problem.setProperty("errors", List.of(fieldError(ex.getParameterName(), "is required")));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(status, Problems.MISSING_PARAMETER, "Missing Parameter",
                ex.getBody().getDetail());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Every problem leaves here: fill in what Spring's defaults leave out and force the problem media type. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            complete(problem, statusCode, request);
            HttpHeaders withType = new HttpHeaders();
            withType.addAll(headers);
            withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            headers = withType;
        }
        if (statusCode.is5xxServerError() && !(body instanceof ProblemDetail)) {
            body = null;
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static void complete(ProblemDetail problem, HttpStatusCode statusCode, WebRequest request) {
        if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
            problem.setType(Problems.type(Problems.slugFor(statusCode.value())));
        }
        HttpStatus known = HttpStatus.resolve(statusCode.value());
        if (problem.getTitle() == null && known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        if (problem.getDetail() == null) {
            problem.setDetail(problem.getTitle());
        }
        if (problem.getInstance() == null && request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
            if (servletRequest != null) {
                problem.setInstance(Problems.instance(servletRequest.getRequestURI()));
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private ResponseEntity<Object> validationProblem(Exception ex, List<Map<String, String>> errors, WebRequest request) {
        String fields = errors.stream().map(e -> e.get("field")).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION_FAILED, "Validation Failed",
                errors.isEmpty() ? "The request is invalid." : "Invalid request: check " + fields + ".");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private static List<Map<String, String>> errorsOf(BindingResult result) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(fieldError(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : result.getGlobalErrors()) {
            errors.add(fieldError(error.getObjectName(), error.getDefaultMessage()));
        }
        return errors;
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private ProblemDetail describeUnreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        while (cause != null) {
            if (cause instanceof CachedBodyHttpServletRequest.BodyTooLargeException tooLarge) {
                return Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Payload Too Large",
                        "The request body is larger than the limit of " + tooLarge.maxBytes() + " bytes.");
            }
            if (cause instanceof JacksonException jackson) {
                return describeJackson(jackson);
            }
            cause = cause.getCause();
        }
        return Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed Request Body",
                "The request body is missing or is not readable JSON.");
    }

    private static ProblemDetail describeJackson(JacksonException ex) {
        String field = path(ex);
        String message;
        if (ex instanceof UnrecognizedPropertyException unknown) {
            field = path(ex);
            message = "is not a known field";
            if (unknown.getKnownPropertyIds() != null) {
                message += "; known fields: " + unknown.getKnownPropertyIds();
            }
        } else if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "has unknown value '" + invalid.getValue() + "'; allowed values: "
                    + Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (ex instanceof InvalidFormatException invalid) {
            message = "has invalid value '" + invalid.getValue() + "'; expected " + expected(invalid.getTargetType());
        } else if (ex instanceof MismatchedInputException mismatch) {
            boolean wasNull = mismatch.getCurrentToken() == tools.jackson.core.JsonToken.VALUE_NULL;
            message = wasNull ? "must not be null" : "has the wrong type; expected " + expected(mismatch.getTargetType());
            if (field.isEmpty()) {
                return Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed Request Body",
                        "The request body has the wrong shape; expected " + expected(mismatch.getTargetType()) + ".");
            }
        } else if (ex instanceof ValueInstantiationException instantiation) {
            Throwable root = instantiation.getCause();
            message = root instanceof IllegalArgumentException && root.getMessage() != null
                    ? root.getMessage() : "has an invalid value";
        } else if (ex instanceof StreamReadException) {
            TokenStreamLocation location = ex.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed Request Body",
                    "The request body is not valid JSON" + where + ".");
        } else {
            return Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed Request Body",
                    "The request body could not be read as the expected JSON.");
        }
        String name = field.isEmpty() ? "body" : field;
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_FIELD, "Invalid Field",
                "Field '" + name + "' " + message + ".");
        problem.setProperty("errors", List.of(fieldError(name, message)));
        return problem;
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a " + type.getSimpleName() + " in ISO-8601 form";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        return "a " + type.getSimpleName();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static String describe(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
            if (servletRequest != null) {
                return servletRequest.getMethod() + " " + servletRequest.getRequestURI();
            }
        }
        return request.getDescription(false);
    }
}
