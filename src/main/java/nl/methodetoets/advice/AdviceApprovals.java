package nl.methodetoets.advice;

import nl.methodetoets.submission.AdviceFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the submission module's question whether a year's advice is approved (objections end there). */
@Component
class AdviceApprovals implements AdviceFacts {
    private final AdviceStore store;

    AdviceApprovals(AdviceStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public boolean approvedLocking(int year) {
        return store.approvedLocking(year);
    }
}
