//! The setup wizard: `welcome` → `method` (skipped while the site offers one method) →
//! `generator` (authenticator app) or `sms` / `call` (phone number) or `email` → the
//! `validation` of the code sent.

use serde::{Deserialize, Serialize};

/// A step of the setup wizard (stored in the session by name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SetupStep {
    /// The introduction.
    #[default]
    Welcome,
    /// The choice of method.
    Method,
    /// An authenticator app: QR code, secret, first token.
    Generator,
    /// A phone number for text messages.
    Sms,
    /// A phone number for calls.
    Call,
    /// An e-mail address (asked only when the user has none).
    Email,
    /// The code sent to the phone or address.
    Validation,
}

impl SetupStep {
    /// Every step.
    pub(crate) const ALL: [SetupStep; 7] = [
        SetupStep::Welcome,
        SetupStep::Method,
        SetupStep::Generator,
        SetupStep::Sms,
        SetupStep::Call,
        SetupStep::Email,
        SetupStep::Validation,
    ];

    /// The step's name as forms post it.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            SetupStep::Welcome => "welcome",
            SetupStep::Method => "method",
            SetupStep::Generator => "generator",
            SetupStep::Sms => "sms",
            SetupStep::Call => "call",
            SetupStep::Email => "email",
            SetupStep::Validation => "validation",
        }
    }

    /// The step a form names; `None` for anything else.
    pub(crate) fn parse(name: &str) -> Option<SetupStep> {
        SetupStep::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// A way to receive tokens, as the method step offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SetupMethod {
    /// An authenticator app (TOTP).
    Generator,
    /// Text messages.
    Sms,
    /// Phone calls.
    Call,
    /// E-mail.
    Email,
}

impl SetupMethod {
    /// The method's value as forms post it.
    pub(crate) const fn as_str(self) -> &'static str {
        self.step().as_str()
    }

    /// The method a form names; `None` for anything else.
    pub(crate) fn parse(name: &str) -> Option<SetupMethod> {
        [
            SetupMethod::Generator,
            SetupMethod::Sms,
            SetupMethod::Call,
            SetupMethod::Email,
        ]
        .into_iter()
        .find(|m| m.as_str() == name)
    }

    /// The step that asks for this method's details.
    pub(crate) const fn step(self) -> SetupStep {
        match self {
            SetupMethod::Generator => SetupStep::Generator,
            SetupMethod::Sms => SetupStep::Sms,
            SetupMethod::Call => SetupStep::Call,
            SetupMethod::Email => SetupStep::Email,
        }
    }
}

/// The methods a site offers, the authenticator app first.
pub(crate) fn offered_methods(sms: bool, call: bool, email: bool) -> Vec<SetupMethod> {
    let mut methods = vec![SetupMethod::Generator];
    methods.extend(sms.then_some(SetupMethod::Sms));
    methods.extend(call.then_some(SetupMethod::Call));
    methods.extend(email.then_some(SetupMethod::Email));
    methods
}

/// The steps in order for a site offering `offered` methods once `chosen` is picked.
pub(crate) fn steps(offered: &[SetupMethod], chosen: Option<SetupMethod>) -> Vec<SetupStep> {
    let mut steps = vec![SetupStep::Welcome];
    if offered.len() > 1 {
        steps.push(SetupStep::Method);
    }
    match chosen {
        Some(m @ (SetupMethod::Sms | SetupMethod::Call | SetupMethod::Email)) => {
            steps.extend([m.step(), SetupStep::Validation]);
        }
        Some(SetupMethod::Generator) | None => steps.push(SetupStep::Generator),
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_the_serialised_form() {
        for step in SetupStep::ALL {
            assert_eq!(SetupStep::parse(step.as_str()), Some(step));
            let json = serde_json::to_string(&step).unwrap();
            assert_eq!(json, format!("\"{}\"", step.as_str()));
        }
        assert_eq!(SetupStep::parse("Generator"), None);
        assert_eq!(SetupMethod::parse("validation"), None);
        assert_eq!(SetupMethod::parse("call"), Some(SetupMethod::Call));
    }

    #[test]
    fn the_method_step_appears_only_with_a_choice() {
        let only_app = offered_methods(false, false, false);
        assert_eq!(
            steps(&only_app, None),
            [SetupStep::Welcome, SetupStep::Generator]
        );
        let all = offered_methods(true, true, true);
        assert_eq!(all.len(), 4);
        assert_eq!(
            steps(&all, Some(SetupMethod::Call)),
            [
                SetupStep::Welcome,
                SetupStep::Method,
                SetupStep::Call,
                SetupStep::Validation
            ]
        );
    }
}
