package nl.methodetoets.web;

import java.util.Collection;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** Study titles for the task list, provided by the module that owns studies; web itself knows no studies. */
@NamedInterface("tasks")
public interface StudyTitles {
    /** Titles by study id, in one query; unknown ids are absent. */
    Map<String, String> titles(Collection<String> studyIds);
}
