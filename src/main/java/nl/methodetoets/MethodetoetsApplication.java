package nl.methodetoets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MethodetoetsApplication {
    public static void main(String[] args) {
        SpringApplication.run(MethodetoetsApplication.class, args);
    }
}
