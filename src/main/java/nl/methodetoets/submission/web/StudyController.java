package nl.methodetoets.submission.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The studies API: submit, list, read, download the report, add a version, withdraw. */
@RestController
@RequestMapping("/api/studies")
class StudyController {
    private final SubmissionManagement submissions;
    private final Identity identity;

    StudyController(SubmissionManagement submissions, Identity identity) {
        this.submissions = submissions;
        this.identity = identity;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StudyView> submit(@RequestPart("metadata") MetadataRequest metadata,
                                     @RequestPart(value = "report", required = false) MultipartFile report,
                                     Authentication who) {
        UserAccount user = identity.existingUser(who.getName());
        Study study = submissions.submit(metadata.toMetadata(), stream(report), user);
        return ResponseEntity.created(URI.create("/api/studies/" + study.id())).body(view(study, user));
    }

    @GetMapping
    List<StudyView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) StudyStatus status,
                         Authentication who) {
        UserAccount user = identity.existingUser(who.getName());
        return submissions.studies(year, status, user).stream().map(s -> view(s, user)).toList();
    }

    @GetMapping("/{id}")
    StudyView study(@PathVariable String id, Authentication who) {
        UserAccount user = identity.existingUser(who.getName());
        return view(submissions.study(id, user), user);
    }

    @GetMapping(value = "/{id}/report")
    ResponseEntity<Resource> report(@PathVariable String id, Authentication who) {
        Path file = submissions.latestReport(id, identity.existingUser(who.getName()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"rapport-" + id + ".pdf\"")
                .body(new FileSystemResource(file));
    }

    @PostMapping(value = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StudyView> addVersion(@PathVariable String id, @RequestPart(value = "report", required = false) MultipartFile report,
                                         Authentication who) {
        UserAccount user = identity.existingUser(who.getName());
        Study study = submissions.addReportVersion(id, stream(report), user);
        return ResponseEntity.created(URI.create("/api/studies/" + id + "/report")).body(view(study, user));
    }

    @PostMapping("/{id}/withdraw")
    StudyView withdraw(@PathVariable String id, Authentication who) {
        UserAccount user = identity.existingUser(who.getName());
        return view(submissions.withdraw(id, user), user);
    }

    private StudyView view(Study study, UserAccount viewer) {
        boolean submitterOnly = viewer.roles().stream().allMatch(r -> r == Role.SUBMITTER);
        boolean assessed = study.status() == StudyStatus.ASSESSED || study.status() == StudyStatus.PUBLISHED;
        return StudyView.of(study, submitterOnly && !assessed ? null : submissions.assessment(study.id()).orElse(null));
    }

    private static InputStream stream(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
