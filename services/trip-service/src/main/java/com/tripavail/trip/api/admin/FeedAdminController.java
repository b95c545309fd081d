package com.tripavail.trip.api.admin;

import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.BadRequestException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.UnprocessableException;
import com.tripavail.trip.config.FeedProperties;
import com.tripavail.trip.query.feed.FeedImportView;
import com.tripavail.trip.query.feed.FeedImports;
import com.tripavail.trip.query.feed.FeedSpec;
import com.tripavail.trip.query.feed.FeedView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Timetable feeds (ADMIN, under {@code /api/admin/**}): start an import of server-side GTFS zips/directories or of
 * uploaded zips, follow its progress and report, list the feeds and their versions.
 */
@RestController
@RequestMapping("/api/admin/feeds")
public class FeedAdminController {

    /** {@code {"feeds": [{"name": "metro", "path": "/srv/gtfs/metro.zip"}]}}. */
    public record ImportRequest(List<FeedPath> feeds) {
    }

    public record FeedPath(String name, String path) {
    }

    public record ImportStarted(String importId, String status) {
    }

    private final FeedImports imports;
    private final FeedProperties properties;

    public FeedAdminController(FeedImports imports, FeedProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @GetMapping
    public List<FeedView> feeds() {
        return imports.feeds();
    }

    @PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportStarted> importPaths(@RequestBody ImportRequest request, CurrentUser admin) {
        if (request.feeds() == null || request.feeds().isEmpty()) {
            throw new BadRequestException("feeds must list at least one {name, path}.");
        }
        List<FeedSpec> specs = new ArrayList<>();
        for (FeedPath feed : request.feeds()) {
            FeedSpec spec = spec(feed == null ? null : feed.name(), feed == null ? null : feed.path());
            if (!spec.exists()) {
                throw new UnprocessableException("Feed " + spec.name() + ": " + spec.location() + " does not exist on the server.");
            }
            specs.add(spec);
        }
        return started(specs, admin);
    }

    /** Multipart: one or more {@code file} parts (GTFS zips), named by the {@code name} parameters in order or by file name. */
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportStarted> importUploads(@RequestParam("file") List<MultipartFile> files,
                                                       @RequestParam(name = "name", required = false) List<String> names,
                                                       CurrentUser admin) {
        if (files.isEmpty()) {
            throw new BadRequestException("Upload at least one GTFS zip as the 'file' part.");
        }
        List<FeedSpec> specs = new ArrayList<>();
        try {
            Files.createDirectories(properties.uploadDirectory());
            for (int i = 0; i < files.size(); i++) {
                MultipartFile file = files.get(i);
                String name = names != null && i < names.size() ? names.get(i) : baseName(file.getOriginalFilename());
                spec(name, "upload");
                Path stored = properties.uploadDirectory().resolve(name + "-" + java.util.UUID.randomUUID() + ".zip");
                file.transferTo(stored);
                specs.add(new FeedSpec(name, stored.toAbsolutePath().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the uploaded feed", e);
        }
        return started(specs, admin);
    }

    @GetMapping("/imports/{id}")
    public FeedImportView importStatus(@PathVariable String id) {
        return imports.find(id).orElseThrow(() -> new NotFoundException("No feed import " + id + "."));
    }

    private ResponseEntity<ImportStarted> started(List<FeedSpec> specs, CurrentUser admin) {
        String id = imports.start(specs, admin.userId());
        return ResponseEntity.accepted().location(URI.create("/api/admin/feeds/imports/" + id))
                .body(new ImportStarted(id, "RUNNING"));
    }

    private static FeedSpec spec(String name, String path) {
        try {
            return new FeedSpec(name, path);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage() + ".");
        }
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "upload";
        }
        String base = Path.of(fileName).getFileName().toString();
        base = base.endsWith(".zip") ? base.substring(0, base.length() - 4) : base;
        return base.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
