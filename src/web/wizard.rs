//! Session-backed multi-step forms (what Django's formtools `SessionWizardView` does):
//! the management field naming the step, the Back button, and the context templates get.

use actix_session::Session;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::errors::TwoFactorError;
use crate::web::forms::{Form, PostData};

/// The field a Back button posts to return to an earlier step.
pub const GOTO_STEP_FIELD: &str = "wizard_goto_step";

/// One wizard: its form prefix, where it keeps its state, and its steps in order.
#[derive(Debug, Clone, Copy)]
pub struct Wizard {
    /// The management form prefix (`login_view`, `setup_view`).
    pub prefix: &'static str,
    /// The session key of the wizard's state.
    pub session_key: &'static str,
}

/// The template context of a wizard page.
#[derive(Debug, Serialize)]
pub struct WizardContext<'a> {
    /// The management form prefix.
    pub prefix: &'a str,
    /// The management field's name (`login_view-current_step`).
    pub management_field: String,
    /// Where the wizard stands.
    pub steps: Steps<'a>,
    /// The current step's form.
    pub form: Form,
}

/// The step position (formtools' `wizard.steps`).
#[derive(Debug, Serialize)]
pub struct Steps<'a> {
    /// The step being shown.
    pub current: &'a str,
    /// The step before it, for the Back button.
    pub prev: Option<&'a str>,
    /// 1-based index of the current step.
    pub step1: usize,
    /// How many steps there are.
    pub count: usize,
}

impl Wizard {
    /// The name of the management field.
    pub fn management_field(&self) -> String {
        format!("{}-current_step", self.prefix)
    }

    /// The step the form says it was posted from; `None` when the management data is
    /// missing (Django answers 400).
    pub fn posted_step<'p>(&self, post: &'p PostData) -> Option<&'p str> {
        post.get(&self.management_field())
    }

    /// The wizard's saved state; unreadable state is dropped and reads as none.
    pub fn load<T: DeserializeOwned>(&self, session: &Session) -> Option<T> {
        match session.get::<T>(self.session_key) {
            Ok(state) => state,
            Err(_) => {
                session.remove(self.session_key);
                None
            }
        }
    }

    /// Saves the wizard's state.
    pub fn save<T: Serialize>(&self, session: &Session, state: &T) -> Result<(), TwoFactorError> {
        session
            .insert(self.session_key, state)
            .map_err(|e| TwoFactorError::Session(Box::new(e)))
    }

    /// Forgets the wizard's state (back to the first step). A session without state is
    /// left untouched: `Session::remove` marks it changed even then, which would re-send
    /// the session cookie on every page view.
    pub fn reset(&self, session: &Session) {
        if session.contains_key(self.session_key) {
            session.remove(self.session_key);
        }
    }

    /// The context for showing `current` out of `steps` with `form`.
    pub fn context<'a>(
        &'a self,
        steps: &[&'a str],
        current: &'a str,
        form: Form,
    ) -> WizardContext<'a> {
        let index = steps.iter().position(|s| *s == current).unwrap_or(0);
        WizardContext {
            prefix: self.prefix,
            management_field: self.management_field(),
            steps: Steps {
                current,
                prev: index.checked_sub(1).and_then(|i| steps.get(i).copied()),
                step1: index + 1,
                count: steps.len(),
            },
            form,
        }
    }
}
