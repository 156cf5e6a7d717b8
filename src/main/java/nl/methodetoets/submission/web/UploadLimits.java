package nl.methodetoets.submission.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart limits that follow the report cap ({@code methodetoets.submission.max-report-bytes}), so the cap an
 * operator configures is the one that applies — not a second, forgotten {@code spring.servlet.multipart} value.
 * Parts go to disk from the first byte: a report is never held in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {
    /** Room for the metadata part, the form fields and the multipart framing next to a report of the full cap. */
    static final long REQUEST_OVERHEAD_BYTES = 1024 * 1024;

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${methodetoets.submission.max-report-bytes}") long maxReportBytes) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(maxReportBytes));
        factory.setMaxRequestSize(DataSize.ofBytes(maxReportBytes + REQUEST_OVERHEAD_BYTES));
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }
}
