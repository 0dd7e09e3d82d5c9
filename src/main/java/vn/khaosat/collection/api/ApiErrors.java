package vn.khaosat.collection.api;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

import vn.khaosat.base.ApiLanguage;

/**
 * Requests the API cannot even read (wrong content type, method, missing part or header, a file too
 * big, a path that does not exist) get a 4xx with a message in the caller's language, like every
 * other refusal of the API, instead of the container's bare error page. Found by FuzzApiIT.
 */
@RestControllerAdvice
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ResponseApi.Error> mediaType(HttpServletRequest request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.mediaType", request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ResponseApi.Error> notAcceptable(HttpServletRequest request) {
        return error(HttpStatus.NOT_ACCEPTABLE, "api.error.mediaType", request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ResponseApi.Error> method(HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method", request);
    }

    @ExceptionHandler({ServletRequestBindingException.class, MissingServletRequestPartException.class,
        MethodArgumentTypeMismatchException.class})
    ResponseEntity<ResponseApi.Error> badRequest(HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "collection.error.payload", request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ResponseApi.Error> tooLarge(HttpServletRequest request) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "api.error.tooLarge", request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ResponseApi.Error> multipart(HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "collection.error.payload", request);
    }

    /** The database is away (restarting, network): nothing was stored; the same request may be sent again. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
        TransientDataAccessException.class})
    ResponseEntity<ResponseApi.Error> unavailable(HttpServletRequest request) {
        ResponseEntity<ResponseApi.Error> error = error(HttpStatus.SERVICE_UNAVAILABLE, "api.error.unavailable", request);
        return ResponseEntity.status(error.getStatusCode()).header("Retry-After", "5").body(error.getBody());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ResponseApi.Error> notFound(HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, "api.error.notFound", request);
    }

    private ResponseEntity<ResponseApi.Error> error(HttpStatus status, String key, HttpServletRequest request) {
        return ResponseEntity.status(status).body(new ResponseApi.Error(key,
                messages.getMessage(key, null, key, ApiLanguage.of(request)),
                Map.of()));
    }
}
